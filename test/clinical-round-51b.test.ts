// Why this file exists: table tests, with hard negatives, for clinical round 51b (stop 53, fy53b), read from the blind
// fixture 48's misses (an ICU flowsheet's nurse column) and counted in fixtures 1-46 (a vitals flowsheet's "RN" column,
// a study log's and a dispensing log's "INITIALS" column, a rejection log's "COLLECTOR" column, an ED board's "MD"
// beside its "RN"): a cell of a table aligned with blanks under a header's column that names the staff member or the
// subject by initials or first name is a name
// ("Time  HR  BP ... RN" over "0800  96  104/58 ... KMO"; COL_PERSON_FX40 and COL_STAFF44 in assembly/scanners/csv.ts,
// read by alignedPersonFieldFx40); and a hospital's extension written "x 3-4471" (fixture 32's "(ahmed x 3-4471)",
// fixture 48's "RN CM X 2-4471"). Mixed case, ALL CAPS and lower case; both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const CELLS: readonly TypedCase[] = [
  // a vitals flowsheet's last column, "RN", over the nurse's initials, left-aligned with it
  ...casedRows("MICU FLOWSHEET\nTime   HR  BP      RR  SpO2  Pain  RN\n0800   96  104/58  22  94%   3/10  KMO\n1200   88  112/64  18  96%   2/10  JQD\n", [
    ["KMO", N],
    ["JQD", N],
  ], ["Pain", "SpO2"]),
  // the same column with the row's last cell wider than the header (the field of the same rank)
  ...casedRows("ICU FLOWSHEET\nTIME   HR   BP       DRIPS                       RN\n0000   112  96/54    PROPOFOL 30, NE 6, FENT 50   WJK\n0200   108  101/58   PROPOFOL 20, NE 4            WJK\n", [
    ["WJK", N],
    ["WJK", N],
  ], ["PROPOFOL", "DRIPS"]),
  // a screening log's "INITIALS" column
  ...casedRows("SCREEN #      INITIALS  DATE SCREENED   RESULT\n032-S-0042    RTB       04/02/2099      ENROLLED\n032-S-0043    DWQ       04/05/2099      SCREEN FAIL\n", [
    ["RTB", N],
    ["DWQ", N],
  ], ["ENROLLED", "SCREEN FAIL"]),
  // a rejection log's "COLLECTOR" column
  ...casedRows("ACCESSION      LOC     REASON               COLLECTOR   CALLED\nC99073-0418    3W-12   HEMOLYZED            RBX         0112\nC99073-0452    ED-7    UNLABELED TUBE       DKQ         0140\n", [
    ["RBX", N],
    ["DKQ", N],
  ], ["HEMOLYZED", "UNLABELED TUBE"]),
  // an ED board's physician beside its nurse ("MD  RN"): each cell a finding of its own
  ...casedRows("RM    PATIENT                 AGE  MD          RN\n4     BEGAY, LORENZO          74   ABEYTA      RUBEN\n7     MARTINEZ, CELESTINA     67   OYELOWO     WINONA\n", [
    ["BEGAY, LORENZO", N],
    ["ABEYTA", N],
    ["RUBEN", N],
    ["MARTINEZ, CELESTINA", N],
    ["OYELOWO", N],
    ["WINONA", N],
  ], ["74", "67"]),
  // hard negatives: a cell that says no one is there ("NONE", "--"), a digit in the cell, a column of measures
  ...casedRows("Time   HR  BP      Pain  RN\n0800   96  104/58  3/10  none\n1200   88  112/64  2/10  --\n1600   91  98/52   4/10  2\n", [], ["none"]),
];

runTypedTable("clinical round 51b (fy53b): a staff or subject column of a table aligned with blanks", [N], CELLS);

const P = "PHONE";

// (the second form) a hospital's extension of one or two digits, a hyphen and four, written apart from its "x" as
// "x6-4410" is written glued: scanSpacedExtension22's hyphen branch in assembly/scanners/phone.ts
const EXTENSIONS: readonly TypedCase[] = [
  // in a bracket after a person's name
  ...casedRows("To do: call pharmacy (Ahmed x 3-4471) re heparin.", [["3-4471", P]], ["heparin"]),
  // closing a signature line
  ...casedRows("Will update by end of day.\nRita Hautala, RN CM x 2-4471\n", [["2-4471", P]], ["end of day"]),
  // hard negatives: a duration's range, a count's range, a multiplier before a measure
  ...casedRows("Cough x 3-4 days, fever x 1-2 weeks.", [], ["3-4", "1-2"]),
  ...casedRows("Repeat x 2-3 times daily.", [], ["2-3"]),
];

runTypedTable("clinical round 51b (fy53b): an extension written \"x 3-4471\"", [P], EXTENSIONS);
