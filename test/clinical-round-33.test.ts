// Why this file exists: table tests, with hard negatives, for clinical round 33 (stop 42, fx30), read from the blind
// fixture 30's misses: a stay across New Year with its year written once, after the second date ("admission
// 12/29–1/4/2099"); a typed table's " | " header whose column names have words of their own ("Agent / day"), so that
// the record numbers under its "MRN" column are found; and a ZIP code under an aligned table's "ZIP" column (a
// registry extract's "PROC DATE   PT NAME   DOB   ZIP   SIDE"). Mixed case, ALL CAPS and lower case; both engines.
// Names, places and numbers are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

/** A table aligned with blanks: each row's cells padded to the header's column widths. */
function table(widths: readonly number[], rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => r.map((c, i) => (i + 1 < r.length ? c.padEnd(widths[i]!) : c)).join("")).join("\n") + "\n";
}

const DATES: readonly TypedCase[] = [
  ["Admitted 12/29–1/4/2099 at Mercy.", [["12/29", "DATE"], ["1/4/2099", "DATE"]], []],
  ["ADMITTED 12/30-1/2/99; DISCHARGED HOME", [["12/30", "DATE"], ["1/2/99", "DATE"]], []],
  ["admission 11/28 - 1/6/2099 (ltach)", [["11/28", "DATE"], ["1/6/2099", "DATE"]], []],
  // day first, as records from abroad write it
  ["stay abroad 29/12–4/1/2099, then home", [["29/12", "DATE"], ["4/1/2099", "DATE"]], []],
  // hard negatives: no New Year between the two (October to January, December to March, February to January), a day
  // no month has, a second pair that is no date
  ["hospitalised 10/29–1/4/2099 for sepsis", [], ["10/29"]],
  ["COURSE 12/29–3/4/2099 OF THERAPY", [], ["12/29"]],
  ["transfer 2/28-1/4/2099 noted", [], ["2/28"]],
  ["admission 12/32–1/4/2099.", [], ["12/32"]],
  ["dilution 12/29-1/40/2099", [], ["12/29"]],
];

const STEWARDSHIP = "Pt (room) | MRN | Agent / day | Outcome\n" +
  "Yang, Pa Houa (5S-12) | G8820447 | pip-tazo d4 | accepted\n" +
  "Kowalski, Bernadette (4N-03) | G8820512 | vanc d5 | declined\n";
const STEWARDSHIP_CAPS = "PT (ROOM) | MRN | AGENT / DAY | OUTCOME\nYANG, PA HOUA (5S-12) | G8820447 | PIP-TAZO D4 | ACCEPTED\n";
const STEWARDSHIP_LOWER = "pt (room) | mrn | agent / day | outcome\nyang, pa houa (5s-12) | g8820447 | pip-tazo d4 | accepted\n";
// a header whose column names run long, with the same padding
const CALLBACKS = "Time called | Chart number | Call back number\n0910 | 44718820 | 4417\n";

const PIPES: readonly TypedCase[] = [
  [STEWARDSHIP, [["G8820447", "MRN"], ["G8820512", "MRN"]], []],
  [STEWARDSHIP_CAPS, [["G8820447", "MRN"]], []],
  [STEWARDSHIP_LOWER, [["g8820447", "MRN"]], []],
  [CALLBACKS, [["44718820", "MRN"]], ["0910"]],
  // hard negatives: a plan's rows written with pipes (no header of names over them), a column of doses and counts
  ["Plan | continue current meds | follow up in 2 wk\nLabs | 4471 | pending\n", [], ["4471"]],
  ["Agent / day | Dose per kg | Route\nvanc d5 | 4471 | IV\n", [], ["4471"]],
];

const REGISTRY = table([12, 24, 13, 12], [
  ["PROC DATE", "PT NAME", "DOB", "ZIP", "SIDE"],
  ["01/09/99", "STANDING BEAR, IRENE", "04/12/1949", "57701", "L"],
  ["01/22/99", "KNUTSON, ARLO", "11/30/1942", "57745-1120", "R"],
]);
const REGISTRY_MIXED = table([12, 24, 13, 7], [
  ["Proc date", "Pt name", "DOB", "Zip", "Side"],
  ["01/09/99", "Standing Bear, Irene", "04/12/1949", "57701", "L"],
]);
const REGISTRY_LOWER = table([12, 24, 13, 7], [
  ["proc date", "pt name", "dob", "zip", "side"],
  ["01/09/99", "standing bear, irene", "04/12/1949", "57701", "l"],
]);
// hard negatives: a ZIP column holding no ZIP code (N/A, a count, a code with a letter), a five-digit code under
// another column
const UNITS = table([12, 9, 7, 9], [
  ["UNIT", "BEDS", "ZIP", "CODE", "STATUS"],
  ["4 WEST", "22", "N/A", "57701", "OPEN"],
  ["5 NORTH", "18", "120", "0850", "CLOSED"],
]);
const LOTS = table([12, 9, 8, 9], [
  ["TEST", "RESULT", "ZIP", "LOT", "SITE"],
  ["HBA1C", "7.2", "57701A", "HB7720A", "RVL"],
]);

const ZIPS: readonly TypedCase[] = [
  [REGISTRY, [["57701", "ZIP"], ["57745-1120", "ZIP"]], []],
  [REGISTRY_MIXED, [["57701", "ZIP"]], []],
  [REGISTRY_LOWER, [["57701", "ZIP"]], []],
  [UNITS, [], ["57701", "120", "0850"]],
  [LOTS, [], ["57701A"]],
];

runTypedTable("clinical round 33 (fx30): a stay across New Year, its year written once", ["DATE"], DATES);
runTypedTable("clinical round 33 (fx30): a typed table's | header with words of its own", ["MRN"], PIPES);
runTypedTable("clinical round 33 (fx30): a ZIP code under an aligned table's ZIP column", ["ZIP"], ZIPS);
