// Why this file exists: table tests, with hard negatives, for clinical round 53 (stop 54, fy54), read from the blind
// fixture 50's misses (ambulatory primary care and the small specialties): a street named without a house number right
// after a pharmacy's or a lab's name and its store number, the branch a note names by its street ("Hy-Vee Pharmacy (1)
// John F Kennedy Rd", "CVS Eastern Blvd", "cvs 4471 high st": pharmacyStreet54 in assembly/names/r54_fy54.ts, called in
// detect.ts's decide() street walk after framedStreet30). Mixed case and lower case; both engines. Names, places and
// numbers are made up.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const L = "LOCATION";

const ROWS: RoundRows = [
  // the pharmacy's own word right before the street
  ["Rx sent to CVS Eastern Blvd today.", [[L, "CVS"], [L, "Eastern Blvd"]]],
  ["Meds picked up at Pic-Quick Drugs Amador Ave on 4/1.", [[L, "Amador Ave"], ["DATE", "4/1"]]],
  ["triamcinolone cream to dillons pharmacy 6th ave. use cotton liners", [[L, "dillons pharmacy"], [L, "6th ave"]]],
  // a store number between, bare, after '#' or in brackets; a middle initial inside the street's name
  ["sent to cvs 4471 high st. call if worse", [[L, "cvs"], [L, "high st"]]],
  ["Refills go to Kroger Pharmacy #427 Main St now.", [[L, "Kroger Pharmacy"], ["ID", "427"], [L, "Main St"]]],
  ["Pharmacy on file: Hy-Vee Pharmacy (1) John F Kennedy Rd, Dubuque.", [[L, "Hy-Vee Pharmacy"], [L, "John F Kennedy Rd, Dubuque"]]],
  // hard negatives: no word before the type, a preposition between (decide()'s "on" frame decides), "St." of a saint,
  // a medicine's list
  ["CVS Pharmacy Rd closed", [[L, "CVS Pharmacy"]]],
  ["she picks up her medications at walgreens on grand avenue period", [[L, "walgreens"]]],
  ["labcorp st draw", [[L, "labcorp"]]],
  ["Takes St. John's wort from the pharmacy.", []],
  ["Drugs Given: Tylenol Ave dose", []],
];

runRoundTable("clinical round 53 (stop 54, fy54): a numberless street after a pharmacy's name", ROWS);
