// Why this file exists: table tests, with hard negatives, for clinical round 52 (stop 54, fx54), read from the blind
// fixture 49's misses (emergency department, urgent care and trauma) and counted in fixture 48's night page log: an
// extension "x4417" after a person or a role that closes its field by a column gap (two blanks or a tab) or a colon and
// a blank, as ED trackers, charge-nurse banners and page logs write a caller's extension ("KRISTY RN X4417        BP
// 188/102", "CHARGE RN: JOLENE MARIE LUJAN X3312   ATTENDINGS ON", "from 6n rn tracy x3318: rm 612"): read by
// extCloses54 in assembly/scanners/id54.ts (id54 wrote the same form the same hour; the merge kept one), asked by
// phone.ts's phraseExtension22(); and a record number in brackets right after a
// log's or a table's "LAST, First" typed as the patient's chart (MRN), not an id ("5/12 0915    Meeks, Ora (C4471820)",
// "07/05/2099 | Brannen, Shelby (MHS0447182) | 7/2"): bracketChart54 in the same module, asked by matches.ts's emit().
// Mixed case, ALL CAPS and lower case; both engines. Names and numbers are made up.
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

const M = "MRN";
const I = "ID";

const CHARTS: readonly TypedCase[] = [
  // a log's row: a date and a clock, a column gap, then "LAST, First (chart)"
  ...casedRows("5/12 0915    Meeks, Ora (C4471820)   2.4   continue 5 mg daily", [["C4471820", M]], ["continue"]),
  // a " | " table's cell
  ...casedRows("07/05/2099 | Brannen, Shelby (MHS0447182) | 7/2 | urine | E. coli", [["MHS0447182", M]], ["urine"]),
  // after a field's colon, and after a date with a dash's code
  ...casedRows("pending from ed: ojibway, darlene (e4471820) → 4W bed 12", [["e4471820", M]], ["bed 12"]),
  ...casedRows("3/10 Espinoza, Arnulfo (CMH-10441) — refill sent", [["CMH-10441", M]], ["refill"]),
  // hard negatives, ids as before the round: a clinician's "Name, MD", a vendor's and a payer's names before a comma
  ...casedRows("Referred by Anand Subramaniam, MD (WP0044718) today", [["WP0044718", I]], ["today"]),
  ...casedRows("Vendor: Acme Medical Supply, Springfield (AMS0044718) for the cane", [["AMS0044718", I]], ["cane"]),
  ...casedRows("Member: Blue Cross, Blue Shield (BCB4471820) active", [["BCB4471820", I]], ["active"]),
];

runTypedTable("clinical round 52 (fx54): a chart number in brackets after a row's LAST, First", [M, I], CHARTS);
