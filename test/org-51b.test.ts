// Why this file exists: table tests, with hard negatives, for the stop 51b organisations round og51b: a payer named by words
// no list holds before "Health Plan", "HealthPlan" or "HMO" ("Meadowlark Health Plan", "Cascade Ridge HMO"), where a
// payer's frame opens it (a label's mark, a line's start, "insurance", "ins", "via", "from", "to") and the field's end or
// the member's number closes it (payerPlan51b()). Hard negatives: a health plan named by a pronoun, an article, a kind
// ("state", "employer", "Medicaid"), a plan in prose, "Insurance: none",
// "Insurance: Medicare", "Plan: continue lasix". Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, casedRowsEach as triEach, ORG } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  ...tri("Insurance Meadowlark Health Plan MHP-4471820.", [["Meadowlark Health Plan", ORG]], ["Insurance"]),
  ...tri("Billing: Keystone Prairie Health Plan KP7731044820.", [["Keystone Prairie Health Plan", ORG]], ["Billing"]),
  ...tri("Prior auth from Lakeshore HealthPlan (member 4471) approved.", [["Lakeshore HealthPlan", ORG]], ["Prior", "approved"]),
  ...tri("Insurance Cascade Ridge HMO #CR7720144.", [["Cascade Ridge HMO", ORG]], ["Insurance"]),
  ...tri("Ins: Copper Harbor Children's Health Plan, member ID 4471.", [["Copper Harbor Children's Health Plan", ORG]], ["member"]),
  ...tri("PA sent via Northwind Community Health Plan ID NW-4471820.", [["Northwind Community Health Plan", ORG]], ["sent"]),
  ...tri("Clinic fax 555-0170 · Sagebrush Health Plan SHP44712088.", [["Sagebrush Health Plan", ORG]], ["Clinic"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a pronoun's, an article's or a kind's plan is no payer's name
  ...tri("Reviewed her health plan options today.", [], ["health", "plan"]),
  ...tri("Discussed the new health plan with family.", [], ["health", "plan"]),
  ...tri("Covered by a dressing; state health plan pending.", [], ["state", "health", "plan"]),
  ...tri("Employer health plan through work.", [], ["Employer", "health", "plan"]),
  ...tri("Wants to switch to a cheaper HMO next year.", [], ["cheaper", "HMO"]),
  ...tri("Medicaid Health Plan ID 4471.", [], ["Medicaid", "Health", "Plan"]),
  // a payer's field with no firm, a public programme, an assessment's plan
  ...tri("Insurance: none.", [], ["none"]),
  ...tri("Insurance: Medicare A/B.", [], ["Medicare"]),
  ...tri("Plan: continue lasix, health plan review next week.", [], ["continue", "lasix", "health", "plan"]),
  ...tri("Employed by the hospital; works at home.", [], ["hospital", "home"]),
];

runPlaceTable("og51b: a payer's words before a health plan's head in a payer's frame", NAMED);
runPlaceTable("og51b: a plan of a pronoun, a kind or a state, a field with no firm, prose", NEGATIVES);
