// Why this file exists: table tests, with hard negatives, for stop 54's id54 rules (assembly/scanners/id54.ts): a page
// log's or a call log's extension, "x" and four or five digits after the caller, closed by a colon or by a column gap;
// and a chat export's handle opening its line before a clock written with its colon ("mdahlquist 07:58: heads up"),
// a hyphenated surname's second half included. Multipliers, magnifications, counts and a line's heading before a clock
// stay unflagged; and a dispatch log's sender, a login joined by '_', after a bracketed clock ("[0305] sup_kmorrow:
// thx"). Mixed case, ALL CAPS and lower case; both engines. Names, places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const P = "PHONE";
const I = "ID";

const LOG_EXTENSIONS: readonly TypedCase[] = [
  ...cases("Page log\n2212 from 6N RN Tracy x3318: rm 612 bp 88/50\n", [["x3318", P]], ["88/50"]),
  ...cases("2306 from ED Dr. Villalobos x4000: admit 81M\n", [["x4000", P]], []),
  ...cases("0041 from pharmacy Kim x2250: vanc dose?\n", [["x2250", P]], []),
  ...cases("TIME  CALLER          ACTION\n1922  Kristy RN x4417         BP 188/102\n", [["x4417", P]], ["188/102"]),
  ...cases("0410  ED Dr. Huynh x6001\tadmit\n", [["x6001", P]], []),
  ...cases("2047  charge nurse x 44201   recheck 1h\n", [["44201", P]], []),
];

const NOT_EXTENSIONS: readonly TypedCase[] = [
  // a power of ten is a multiplier or a magnification, a number before the "x" a dimension, a count's few digits
  ...cases("Smear reviewed at magnification x1000: rare cocci.", [], ["x1000"]),
  ...cases("Oil immersion x 10000   rods seen.", [], ["10000"]),
  ...cases("Grid 2 x 1500   wells plated.", [], ["1500"]),
  ...cases("Repeat cultures x2: no growth.", [], ["x2"]),
  ...cases("Injury approx 2300: hand caught in belt.", [], ["2300"]),
];

const CHAT_HANDLES: readonly TypedCase[] = [
  ...cases("Secure chat export\nmgarcia 07:58: heads up, labs are back\nlpetersen 08:03: ok per protocol\n",
    [["mgarcia", I], ["lpetersen", I]], []),
  ...cases("Thread 4/22\njthompson 8:05: yes, retest allowed\n", [["jthompson", I]], []),
  ...cases("Chat\ntnguyen-hale 08:15: retest ok per sponsor\n", [["tnguyen-hale", I]], []),
];

const NOT_HANDLES: readonly TypedCase[] = [
  // a line's heading before a clock, a handle's shape not opening its line, a clock out of range
  ...cases("Course\nRecheck 04:40: SVE 5/80/0.\nAddendum 22:50: EGD retrieved coin.\nCTA 17:20: no PE.\n", [],
    ["Recheck", "Addendum", "CTA"]),
  ...cases("Events\nUpdate 08:00: family at bedside.\nNursing 07:15: pain controlled.\n", [], ["Update", "Nursing"]),
];

const CLOCK_SENDERS: readonly TypedCase[] = [
  ...cases("Dispatch log\n[0214] sup_kmorrow: medic 6 status?\n[0232] sup_kmorrow: ok\n",
    [["sup_kmorrow", I], ["sup_kmorrow", I]], []),
  ...cases("[03:05] dsp_rjalloh: copy, en route\n", [["dsp_rjalloh", I]], []),
];

const NOT_SENDERS: readonly TypedCase[] = [
  // a unit's call sign with no '_', a template's field not after a bracketed clock, a clock's field not opening its line,
  // no colon after the login
  ...cases("Radio\n[0311] medic6 dre: report to rn at good sam\n", [], ["medic6"]),
  ...cases("Template\nreport_end: pending\n", [], ["report_end"]),
  ...cases("Seen at [0305] new_order: none\n", [], ["new_order"]),
  ...cases("Log\n[0305] new_order pending\n", [], ["new_order"]),
];

runTypedTable("stop 54 (id54): a log's extension closed by a colon or a column gap", [P], LOG_EXTENSIONS);
runTypedTable("stop 54 (id54): multipliers, magnifications and counts stay unflagged", [P], NOT_EXTENSIONS);
runTypedTable("stop 54 (id54): a chat handle before a clock written with its colon", [I], CHAT_HANDLES);
runTypedTable("stop 54 (id54): headings before a clock stay unflagged", [I], NOT_HANDLES);
runTypedTable("stop 54 (id54): a dispatch log's sender after a bracketed clock", [I], CLOCK_SENDERS);
runTypedTable("stop 54 (id54): fields and call signs stay unflagged", [I], NOT_SENDERS);
