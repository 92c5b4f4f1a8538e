// Why this file exists: table tests, with hard negatives, for stop 56's organisation round (og56), in mixed case, ALL
// CAPS and lower case, both engines: a health plan, a health system or a health-care vendor named by one to three words
// and the head "Health" alone, after a payer's or a vendor's label ("insurance:", "billing:", "secondary", "vendor") or a
// bracket with a member's word or a code after it (healthAlone56() in assembly/names/r56_og.ts). Hard negatives: kinds of health after the same frames ("for
// mental health", "to maintain bone health", "in good overall health", "(sexual health)"), a public body's words
// ("county health"), a home health benefit after "medicaid". Names invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const ROWS: ReadonlyArray<TypedCase> = [
  // a payer's label and its colon, a member's word after the name
  ...casedRows("Insurance: Tallisk Health member 5520.\n", [["Tallisk Health", L]], ["Insurance:", "member"]),
  // an opening bracket with a record's word after the head
  ...casedRows("Coverage confirmed (Brenvora Health ID 88120).\n", [["Brenvora Health", L]], ["Coverage", "confirmed"]),
  // a label without its colon, English words only
  ...casedRows("Secondary Lantern Health, claim open.\n", [["Lantern Health", L]], ["Secondary", "claim"]),
  // a billing label
  ...casedRows("Billing: Quenmore Health; copay waived.\n", [["Quenmore Health", L]], ["Billing:", "copay"]),
  // a vendor's label without its colon, then the clause goes on
  ...casedRows("Enrolled with vendor Corvatha Health today.\n", [["Corvatha Health", L]], ["Enrolled", "today"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Referred for mental health follow up.\n", [], ["mental health"]),
  ...casedRows("Discussed ways to maintain bone health.\n", [], ["bone health", "maintain"]),
  ...casedRows("She is in good overall health.\n", [], ["overall health", "good"]),
  ...casedRows("Counseling given (sexual health).\n", [], ["sexual health"]),
  ...casedRows("Concern for his health at home.\n", [], ["his health"]),
  ...casedRows("Plan: optimize heart health with diet.\n", [], ["heart health", "optimize"]),
  ...casedRows("Insurance: Medicaid with behavioral health carve out.\n", [], ["behavioral health"]),
  ...casedRows("Teaching done for better health.\n", [], ["better health"]),
  ...casedRows("Medicaid home health benefit approved.\n", [], ["home health"]),
  ...casedRows("Employer: retired; good health otherwise.\n", [], ["good health"]),
  ...casedRows("Secondary prevention health visit done.\n", [], ["prevention health"]),
];

runTypedTable("stop 56 (og56): a health plan, system or vendor named by its words and 'Health' alone", [L], ROWS);
runTypedTable("stop 56 (og56): kinds of health stay words", [L], NOT);
