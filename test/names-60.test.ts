// Why this file exists: table tests, with hard negatives, for stop 60's name round (nm60: stop 59's reverted
// nameTail59() retried where a rule already fired), in mixed case, ALL CAPS and lower case, both engines: a given name
// the older rules left after a surname written first, in a tracker's, a census's or a log's row (rowGiven60() from
// r55_nm55.ts's invertedGiven55(), commaGiven60() from r56_nm56.ts's givenSurname56(); assembly/names/r60_nm60.ts):
// a digit's blank closing the row's given name ("0410  T7   Pellowitz, Hazel 3N-12", "Quarrington, Ruth 2:00 no show",
// "Vanderholt, Arie 04/11/1970"), a second given name closing it ("Brezinski, Edna Mae   101 F"). Hard negatives: a
// drug's, a lab's or a clinical word before a comma and a given name that is an English word before a dose ("Lasix,
// Grace 2 mg", "Tylenol, Will 2 tabs", "Sodium, Grace 138"), a month after a surname's comma ("Jones, April 3"),
// "Baby Boy" with no surname, "PT/OT" and "I/O". Names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const ROWS: ReadonlyArray<TypedCase> = [
  ...casedRows("Tracker:\n0410  T7   Pellowitz, Hazel 3N-12\n", [["Pellowitz, Hazel", N]], ["Tracker"]),
  ...casedRows("10/06/99   Quarrington, Ruth 2:00 no show\n", [["Quarrington, Ruth", N]], ["show"]),
  ...casedRows("Seen 3/2: Vanderholt, Arie 04/11/1970 DOB\n", [["Vanderholt, Arie", N]], ["Seen"]),
  ...casedRows("Rounds list:\n- Brezinski, Edna Mae   101 F\n", [["Brezinski, Edna Mae", N]], ["Rounds"]),
  ...casedRows("Resident: Okonkwo, Mary Ann   88 yo\n", [["Okonkwo, Mary Ann", N]], ["Resident"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Meds: Lasix, Grace 2 mg daily\n", [], ["Lasix", "Grace"]),
  ...casedRows("Meds: Aspirin, Joy 81 mg\n", [], ["Aspirin", "Joy"]),
  ...casedRows("Plan: Tylenol, Will 2 tabs\n", [], ["Tylenol", "Will"]),
  ...casedRows("Labs: Sodium, Grace 138\n", [], ["Sodium", "Grace"]),
  // (a month after the comma is the date's: the surname stays alone)
  ...casedRows("Seen by Jones, April 3 visit\n", [["Jones", N]], ["visit"]),
  ...casedRows("Plan: PT/OT eval, strict I/O.\n", [], ["PT/OT", "I/O"]),
  // (no surname before "Baby Boy": in mixed case the older newborn rules read "Baby Boy" as the infant's label, recorded)
  ...casedRowsEach("Delivered: Baby Boy, 3,340 g, Apgars 8/9\n", [[["Baby Boy", N]], [], []], ["Delivered", "Apgars"]),
];

// (stop 60, nm60: a record number whose prefix holds two letter groups, under an aligned table's "MRN" column, is the
// column's MRN: dispatch.ts's dashCodeColumnFx40() walks back over the groups, codeGroups60() in scanners/nm60.ts)
const MRN_COLUMN: ReadonlyArray<TypedCase> = casedRows(
  "BED   INFANT                  MRN              GA     NOTES\n401A  PELLOWITZ, BABY BOY     WH-NB-4471820    39+2   CIRC TODAY\n402A  QUARRINGTON, BABY GIRL  WH-NB-4471825    37+0   BILI 9.8\n",
  [["WH-NB-4471820", "MRN"], ["WH-NB-4471825", "MRN"]], ["CIRC", "BILI"]);

runTypedTable("stop 60 (nm60): a row's given name after a surname written first", [N], ROWS);
runTypedTable("stop 60 (nm60): an MRN column's code with a two-group prefix", ["MRN", "ID"], MRN_COLUMN);
runTypedTable("stop 60 (nm60): hard negatives, drugs and labs before a comma, months, Baby Boy, PT/OT, I/O", [N], NOT);
