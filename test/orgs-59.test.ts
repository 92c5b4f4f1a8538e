// Why this file exists: table tests, with hard negatives, for stop 59's organisations round (oz59), in mixed case, ALL
// CAPS and lower case, both engines. Two rules of assembly/names/r59_oz59.ts: (1) a payer's or a claims administrator's
// one-word brand that is a Spanish word, a surname or an English word (scripts/build-dictionaries.mjs's ORG_PAYER59:
// "Medica", "Anthem", "Molina", "Sedgwick") taken in a payer's context (payerFrame59(): "Insurance: Medica", "Anthem
// precert", "supplemental Anthem YRK4482019"); (2) an issuer named right before its code's label and the code
// (issuerBeforeId59(): "sent via Tallowmere referral TM-4471820"), with a device's or a portal's word refused ("via iPad
// ID LL-44812"). Hard negatives: the English and Spanish words ("the national anthem", "historia medica: plan"), a
// surname after a title or a given name ("Ms. Molina", "Maria Molina, member"), an owner's word before an identifier
// ("Patient ID A7712041"). Issuers' names invented; the payers' brands are the list's general vocabulary.
import { casedRows, casedRowsEach, runPlaceTable, ORG, type PlaceCase } from "./helpers/place-table.js";

const NM_TITLE = "name:title";
const NM_NEIGHBOUR = "name:neighbour";

const PAYERS: ReadonlyArray<PlaceCase> = [
  // a field's word of coverage before the brand, a member's code after it
  ...casedRows("Insurance: Medica MDC-4471820; copay due.\n", [["Medica", ORG]], ["Insurance", "copay"]),
  // a supplement's word before the brand and a member's code after it
  ...casedRows("Supplemental Anthem YRK4482019 on file.\n", [["Anthem", ORG]], ["Supplemental", "file"]),
  // a plan's record word after the brand (lower case: an older neighbour rule reads "anthem precert" as a name)
  ...casedRowsEach("Called Anthem precert line today.\n",
    [[["Anthem", ORG]], [["ANTHEM", ORG]], [["anthem precert", NM_NEIGHBOUR]]], ["today"]),
  // a list's "+" after Medicare, in ALL CAPS and lower case (mixed case leaves the capitalised Spanish word to the
  // older rules, which hold it as a word)
  ...casedRowsEach("Coverage Medicare + Medica supplement on file.\n", [[], [["MEDICA", ORG]], [["medica", ORG]]], ["Coverage", "file"]),
];

const ISSUERS: ReadonlyArray<PlaceCase> = [
  // an issuer after "via", its referral's label and code after it
  ...casedRows("Sent via Tallowmere referral TM-4471820 today.\n", [["Tallowmere", ORG]], ["Sent", "referral", "today"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // the English word, a plan's word in the next clause
  ...casedRows("The national anthem was sung; plan to follow up.\n", [], ["anthem", "plan"]),
  // the Spanish word before a colon and a plan's word
  ...casedRows("Historia medica: plan de cuidados.\n", [], ["medica", "plan"]),
  // a surname after a title or a given name
  ...casedRows("Spoke to Ms. Molina about her plan.\n", [["Molina", NM_TITLE]], ["plan"]),
  ...casedRows("Maria Molina, member of the choir.\n", [["Maria Molina", NM_NEIGHBOUR]], ["member", "choir"]),
  // a device's word before the identifier's label is no issuer (an older rule reads the interpreter's name)
  ...casedRowsEach("Interp Eloy via iPad ID LL-44812 for the visit.\n",
    [[["Interp Eloy", NM_NEIGHBOUR]], [["INTERP ELOY", NM_NEIGHBOUR]], [["eloy via ipad", NM_NEIGHBOUR]]], ["visit"]),
  // a portal's word before the label (mixed case: an older rule reads the capitalised word after "via")
  ...casedRowsEach("Reviewed via Brindlecare portal (case BC-99-77104) today.\n",
    [[["Brindlecare", ORG]], [], []], ["portal", "today"]),
  // an owner's word before the identifier's label
  ...casedRows("Patient ID A7712041 on the band.\n", [], ["Patient", "band"]),
  ...casedRows("Insurance: Medicaid; plan ID 44718820.\n", [], ["Insurance", "Medicaid", "plan"]),
];

runPlaceTable("stop 59 (oz59): a payer's one-word brand in a payer's context", PAYERS);
runPlaceTable("stop 59 (oz59): an issuer named before its code's label", ISSUERS);
runPlaceTable("stop 59 (oz59): English and Spanish words, surnames, devices, portals and owners stay", NOT);
