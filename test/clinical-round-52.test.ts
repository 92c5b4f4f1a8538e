// Why this file exists: table tests, with hard negatives, for clinical round 52 (stop 54, fx54), read from the blind
// fixture 49's misses (emergency department, urgent care and trauma) and counted in fixture 48's night page log: an
// extension "x4417" after a person or a role that closes its field by a column gap (two blanks or a tab) or a colon and
// a blank, as ED trackers, charge-nurse banners and page logs write a caller's extension ("KRISTY RN X4417        BP
// 188/102", "CHARGE RN: JOLENE MARIE LUJAN X3312   ATTENDINGS ON", "from 6n rn tracy x3318: rm 612"): fieldGapClose54
// in assembly/scanners/fx54.ts, asked by phone.ts's phraseExtension22(). Mixed case, ALL CAPS and lower case; both
// engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const P = "PHONE";

const ROWS: readonly TypedCase[] = [
  // a column gap after the extension (a page log's caller column, a banner's next field)
  ...casedRows("1922  Kristy RN x4417        BP 188/102, hydralazine 10 IV", [["x4417", P]], ["BP 188/102"]),
  ...casedRows("Charge RN: Jolene Lujan x3312   Attendings on: Dr. Hidalgo", [["x3312", P]], ["Attendings"]),
  ...casedRows("0410  ED Dr. Huynh x6001\tadmit, H&P done", [["x6001", P]], ["admit"]),
  // a colon and a blank after it (a page log's "from ... x3318: message")
  ...casedRows("2212 from 6n rn tracy x3318: rm 612 asking for pain meds", [["x3318", P]], ["rm 612"]),
  // hard negatives: a multiplier's three zeros, a number before the 'x', a count's one digit, a time after a colon
  ...casedRows("Smear reviewed x1000   oil immersion, no blasts", [], ["x1000"]),
  ...casedRows("Dressing 2 x 1500   mL drained, no leak", [], ["1500"]),
  ...casedRows("Narcan 4 mg x2   repeated by EMS", [], ["x2"]),
  ...casedRows("Seen by RN x4417:30 minutes later", [], ["4417"]),
];

runTypedTable("clinical round 52 (fx54): an extension closing a tracker's or a page log's field", [P], ROWS);
