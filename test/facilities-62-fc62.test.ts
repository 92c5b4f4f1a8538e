// Why this file exists: table tests, with hard negatives, for stop 62's facility round (fc62), in mixed case, ALL CAPS
// and lower case, both engines: a detention centre's name read back from its head stops at a heading's dash (the
// agency's initials before it are no part of it: corrHead61()'s mend in assembly/names/r61_fc61.ts); a prison's name
// before a heading's dash is not carried into the unit after it by the facility walk (corrEnd62() in
// assembly/names/r62_fc62.ts: fixture 62's "LOUISIANA STATE PENITENTIARY - R.E. BARROW TREATMENT CENTER" is two names);
// "Children's Hospital of" and the name's own word after a heading's dash (hospitalOf62(), from childrens61()); and a
// record field's label after "Hospital" or a facility's name is the MRN's, not the facility's ("Hospital MRN
// GR0048817": the head-first name's mend in detect.ts). Hard negatives: "jail cell", "held in county jail", "the
// hospital MRN", a heading's dash before "Hospital Day". Names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const M = "MRN";

const NAMED: ReadonlyArray<TypedCase> = [
  // (the agency's initials before the heading's dash stay out)
  ...casedRowsEach("IHSC - Kessler Detention Center, Lumpkin GA - Initial Health Assessment\nDetainee: none\n",
    [[["Kessler Detention Center", L], ["Lumpkin", L]], [["KESSLER DETENTION CENTER", L], ["LUMPKIN", L]],
      [["kessler detention center", L], ["lumpkin", L]]], ["IHSC"]),
  // (a prison's name ends at its head: the treatment centre after the heading's dash is a name of its own; main joined
  // them in mixed case and ALL CAPS)
  ...casedRowsEach("Louisiana State Penitentiary - Barrow Treatment Center\nPhysician: none\n",
    [[["Louisiana State Penitentiary", L], ["Barrow Treatment Center", L]],
      [["LOUISIANA STATE PENITENTIARY", L], ["BARROW TREATMENT CENTER", L]],
      [["louisiana state penitentiary", L], ["barrow treatment center", L]]], []),
  // (lower case is not claimed: an unknown word in lower case is no evidence)
  ...casedRowsEach("ED note - Children's Hospital of Westmarch\nDate: 3/4\n",
    [[["Children's Hospital of Westmarch", L]], [["CHILDREN'S HOSPITAL OF WESTMARCH", L]], []], ["note"]),
  // (the label's head is the MRN's field: the value is the MRN, "Hospital MRN" no facility)
  ...casedRowsEach("DOB 6/1/1941   Hospital MRN GR0048817\nHospital course: stable.\n",
    [[["GR0048817", M]], [["GR0048817", M]], [["gr0048817", M]]], ["Hospital", "MRN"]),
  // (a facility's name before the label keeps its name, the label and the value are the MRN's)
  ["Seen 3/4, Wrenfield Health MRN WH-4417208\nReferral from: none\n", [["Wrenfield Health", L], ["WH-4417208", M]], ["MRN"]],
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Jail cell search done; held in county jail overnight.\n", [[], [], []], ["Jail", "county"]),
  ...casedRowsEach("Hospital course: the hospital MRN was verified.\n", [[], [], []], ["Hospital", "MRN"]),
  ...casedRowsEach("Medicine Ward - Hospital Day 3\n", [[], [], []], ["Medicine", "Hospital"]),
  ...casedRowsEach("Pediatric Intake - Children's Hospital of the Month\n", [[], [], []], ["Children's", "Month"]),
];

runTypedTable("stop 62 (fc62): a detention centre after a heading's dash, Children's Hospital of, the MRN's label", [L, M], NAMED);
runTypedTable("stop 62 (fc62): hard negatives, jail and the hospital's MRN in prose, headings with dashes", [L, M], NOT);
