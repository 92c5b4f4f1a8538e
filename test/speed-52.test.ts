// Why this file exists: stop 52 (sp52) made payerNear51b(), quiet()'s first test before og51b's payer rule, read a
// summary bit of the next three tokens (S_PAYER52: "health", "healthplan", "hmo" by length and first letter) instead of
// their bytes. These rows put a core English word opening a payer's name one, two and three tokens before the head
// ("Prominence Health Plan", "Summit Valley HMO", "Summit Ridge Valley Health Plan", "Superior HealthPlan"), where the
// gate must still open, and a word of the head's length and letter that is no head ("hip"), or a plan in prose, where
// the rule must not fire. Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri, ORG } from "./helpers/place-table.js";

const OPENS: ReadonlyArray<PlaceCase> = [
  ...tri("Insurance: Prominence Health Plan, member ID 4471.", [["Prominence Health Plan", ORG]], ["Insurance"]),
  ...tri("Billing: Summit Valley HMO SV-4471820.", [["Summit Valley HMO", ORG]], ["Billing"]),
  ...tri("Ins: Summit Ridge Valley Health Plan, member ID 4471.", [["Summit Ridge Valley Health Plan", ORG]], ["member"]),
  ...tri("Prior auth from Superior HealthPlan (member 4471) approved.", [["Superior HealthPlan", ORG]], ["Prior", "approved"]),
];

const SHUT: ReadonlyArray<PlaceCase> = [
  ...tri("Billing: Golden hip plan reviewed.", [], ["Golden", "hip"]),
  ...tri("Reviewed her health plan options today.", [], ["health", "plan"]),
];

runPlaceTable("sp52: a core word one to three tokens before a health plan's head still opens og51b's payer", OPENS);
runPlaceTable("sp52: words of the head's length and letter that are no head", SHUT);
