// Why this file exists: table tests, with hard negatives, for clinical round 32 (stop 41, fx29), read from the blind
// fixture 29's misses and false positives: an age over 89 in brackets after a list's "LAST, FIRST" ("4 WEST - LAPOINTE,
// GERALDINE (94) TO"), a typed table's " | " columns under a header naming a record number, an age or a person's
// initials ("Screen # | initials | age | MRN"), an OR board's and a monitor log's person columns aligned with blanks
// ("SURGEON", "ANES", "RN NOTIFIED"), a list's nickname between the surname and the given name (`HARDEN, "BOO"
// CALVIN`), a month/day after an interview's or a study's event and before its doer ("INTERVIEW 3/10", "enrolled 3/3;",
// "placed 3/10 by IR"), and a letterhead's phone before "FAX <number>" (PHONE, not FAX). Mixed case, ALL CAPS and lower
// case; both engines. Names, places and numbers are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

/** A table aligned with blanks: each row's cells padded to the header's column widths. */
function table(widths: readonly number[], rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => r.map((c, i) => (i + 1 < r.length ? c.padEnd(widths[i]!) : c)).join("")).join("\n") + "\n";
}

const OR_BOARD = table([4, 22, 12], [
  ["RM", "PATIENT", "SURGEON", "ANES"],
  ["1", "DUFFY, KIERAN", "FENTRESS", "KRAWCZYK"],
  ["2", "WILLIAMS, JUNE", "HOOD", "GRACE"],
]);
const OR_BOARD_LOWER = table([4, 22, 12], [
  ["rm", "patient", "surgeon", "anesthesia"],
  ["1", "duffy, kieran", "fentress", "krawczyk"],
]);
const MONITOR_LOG = table([6, 14, 16], [
  ["Time", "Event", "RN notified", "Action"],
  ["0112", "Pause 3.8 s", "Tomas", "pads on"],
]);
const VITALS = table([6, 10, 10], [
  ["TIME", "SURGEON", "ANES", "NOTE"],
  ["0800", "NONE", "GENERAL", "DELAYED"],
  ["0930", "PENDING", "MAC", "BLOCK"],
]);

const PIPE_LOG = "Screen # | initials | age | MRN | outcome\n" +
  "014-001 | R.T.H. | 67 | HCI88204 | enrolled\n" +
  "014-003 | A.O. | 91 | HCI89012 | declined\n";
const PIPE_LOG_CAPS = "SCREEN # | INITIALS | AGE | MRN | OUTCOME\n014-003 | A.O. | 93 | HCI89012 | DECLINED\n";
const PIPE_LOG_LOWER = "screen # | initials | age | mrn | outcome\n014-003 | a.o. | 95 | hci89012 | declined\n";
const PIPE_MEDS = "Drug | Dose | Route\nLisinopril | 10 mg | PO\nMetoprolol | 25 mg | PO\n";
const PIPE_COUNTS = "Unit | Beds | Age\n4 West | 22 | 67\n5 North | 18 | 95\n";

const AGES: readonly TypedCase[] = [
  ["4 WEST - LAPOINTE, GERALDINE (94) TO SNF", [["94", "AGE"]], []],
  ["0555  T22   Morgan, Luther (97) 5N-04", [["97", "AGE"]], []],
  ["   lapointe, geraldine m (94) to snf", [["94", "AGE"]], []],
  // hard negatives: a field's list of values, two letters, readings
  ["Dx: sepsis, pneumonia (95) improving", [], ["95"]],
  ["Meds: aspirin, lisinopril (90) daily", [], ["90"]],
  ["SATS  RA, NC (95)", [], ["95"]],
  ["0800  HR, BP (95)", [], ["95"]],
  ["0800  hr, bp (95)", [], ["95"]],
  ["4 WEST - LAPOINTE, GERALDINE (84) TO SNF", [], ["84"]],
];

const PIPES: readonly TypedCase[] = [
  // (the first row's first cell is typed MRN by the older cue rule, the header's "MRN" reaching it: an identifier
  // either way, left to the identifier rounds)
  // (stop 43: the screening numbers are IDs under their "Screen #" column, as fixture 29 types them, no longer MRN by the
  // header's "MRN" cue; test/ids-round-43.test.ts asserts them as IDs in these three tables)
  [PIPE_LOG, [["R.T.H.", "NAME"], ["HCI88204", "MRN"], ["A.O.", "NAME"], ["91", "AGE"], ["HCI89012", "MRN"]], []],
  [PIPE_LOG_CAPS, [["A.O.", "NAME"], ["93", "AGE"], ["HCI89012", "MRN"]], []],
  [PIPE_LOG_LOWER, [["a.o.", "NAME"], ["95", "AGE"], ["hci89012", "MRN"]], []],
  // hard negatives: a table of drugs and doses, a unit's beds and its mean age under 90, an HL7 segment's bare pipes
  [PIPE_MEDS, [], ["Lisinopril", "10 mg", "Metoprolol"]],
  [PIPE_COUNTS, [["95", "AGE"]], ["22", "67", "18"]],
  ["PID|1||12345^^^MRN||DOE^JOHN", [["12345", "MRN"], ["DOE^JOHN", "NAME"]], []],
];

const COLUMNS: readonly TypedCase[] = [
  [OR_BOARD, [["DUFFY, KIERAN", "NAME"], ["FENTRESS", "NAME"], ["KRAWCZYK", "NAME"], ["WILLIAMS, JUNE", "NAME"], ["HOOD", "NAME"], ["GRACE", "NAME"]], []],
  [OR_BOARD_LOWER, [["duffy, kieran", "NAME"], ["fentress", "NAME"], ["krawczyk", "NAME"]], []],
  [MONITOR_LOG, [["Tomas", "NAME"]], ["Pause", "pads"]],
  // hard negative: words under the columns that name no one
  [VITALS, [], ["NONE", "GENERAL", "DELAYED", "PENDING", "MAC"]],
];

const NICKNAMES: readonly TypedCase[] = [
  ['0400  HARDEN, "BOO" CALVIN    B2-14     INSULIN', [['HARDEN, "BOO" CALVIN', "NAME"]], []],
  ['Bed 4:  Harden, "Boo" Calvin  (fall risk)', [['Harden, "Boo" Calvin', "NAME"]], []],
  ['  harden, "boo" calvin  b2-14', [['harden, "boo" calvin', "NAME"]], []],
  // hard negatives: quoted words after a clause's comma, results
  ['Sepsis, "Severe" Shock', [], ["Sepsis", "Severe", "Shock"]],
  ['PLAN:  NEGATIVE, "FINAL" REPORT', [], ["NEGATIVE", "FINAL", "REPORT"]],
];

const DATES: readonly TypedCase[] = [
  ["CAUSE (INTERVIEW 3/10): BADGE LEFT ON APRON", [["3/10", "DATE"]], []],
  ["Pt enrolled 3/3; first dose given.", [["3/3", "DATE"]], []],
  ["access: picc placed 3/10 by ir, tip at cavoatrial junction", [["3/10", "DATE"]], []],
  // hard negatives: a pain score, a strength, a fraction of enrolled patients
  ["Pain 3/10 by evening, better with ice", [], ["3/10"]],
  ["STRENGTH 4/5 BY EXAM", [], ["4/5"]],
  ["3/10 enrolled patients had a rash", [], ["3/10"]],
];

const PHONES: readonly TypedCase[] = [
  ["PLHCP: LAKESHORE OCC MED 419-555-0116 FAX 419-555-0117", [["419-555-0116", "PHONE"], ["419-555-0117", "FAX"]], []],
  ["Clinic 419-555-0116 fax # 419-555-0117", [["419-555-0116", "PHONE"], ["419-555-0117", "FAX"]], []],
  // hard negatives: a trailing label still marks its number a fax
  ["Records: 419-555-0117 (fax) attn HIM", [["419-555-0117", "FAX"]], []],
  ["send to 419-555-0117 fax, attn HIM", [["419-555-0117", "FAX"]], []],
];

runTypedTable("clinical round 32 (fx29): an age in brackets after a list's LAST, FIRST", ["AGE"], AGES);
runTypedTable("clinical round 32 (fx29): a typed table's | columns", ["NAME", "MRN", "AGE"], PIPES);
runTypedTable("clinical round 32 (fx29): OR board and monitor log person columns", ["NAME"], COLUMNS);
runTypedTable("clinical round 32 (fx29): a list's nickname between surname and given name", ["NAME"], NICKNAMES);
runTypedTable("clinical round 32 (fx29): a month/day after an interview's or a study's event", ["DATE"], DATES);
runTypedTable("clinical round 32 (fx29): a phone before FAX and its number", ["PHONE", "FAX"], PHONES);
