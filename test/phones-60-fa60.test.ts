// Why this file exists: table tests, with hard negatives, for stop 60's clinical round from fixture 61 (fa60,
// nephrology, dialysis and transplant), in mixed case, ALL CAPS and lower case: a NANP number written with its
// separators ends at its four-digit line, the digit group a blank after it (a date, a clock time, the next field of a
// call log or a fax cover) is no more of it (stopsAt60a() in assembly/scanners/fa60.ts, asked by phone.ts's
// parseGroups()); a pharmacy's NCPDP (or NABP) number is an ID after its cue (src/builtins.ts). Hard negatives: the
// date or the time after the number stays the date scanner's or unfound; "NCPDP" with no number takes nothing. Both
// engines; names and numbers invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const PHONES: ReadonlyArray<TypedCase> = [
  // (before the round the six groups were too many digits: the phone went unfound under the date)
  ...casedRows("Called social worker at 214-555-0129 11/05/2099 15:20, no answer.\n",
    [["214-555-0129", "PHONE"], ["11/05/2099", "DATE"]], ["15:20"]),
  ...casedRows("Spoke with daughter (412) 555-0188 10/13/2099, will bring meds.\n",
    [["(412) 555-0188", "PHONE"], ["10/13/2099", "DATE"]], []),
  ...casedRows("Left message 1-800-555-0142 11/02/2099 re: listing.\n",
    [["1-800-555-0142", "PHONE"], ["11/02/2099", "DATE"]], []),
  // (a clock time after the number was taken into it)
  ...casedRows("Pharmacy called back 563-555-0190 0715, refill sent.\n", [["563-555-0190", "PHONE"]], ["0715"]),
  // (a fax number before a month/day)
  ...casedRows("Fax 606-555-0129 10/13. Records sent.\n", [["606-555-0129", "FAX"], ["10/13", "DATE"]], []),
  // (two numbers one blank apart: each its own)
  ...casedRows("Contacts 608-555-0101 608-555-0102 on file.\n", [["608-555-0101", "PHONE"], ["608-555-0102", "PHONE"]], []),
];

const KEPT: ReadonlyArray<TypedCase> = [
  // (the older reading of an extension with its word, and of a blank-grouped number, unchanged)
  ...casedRows("Call 617-555-0100 ext. 2214 for the unit.\n", [["617-555-0100 ext. 2214", "PHONE"]], []),
  ...casedRows("Home phone 617-555-0100, cell 617-555-0101.\n", [["617-555-0100", "PHONE"], ["617-555-0101", "PHONE"]], []),
  // (no phone: a date and a time alone)
  ...casedRows("Seen 11/05/2099 15:20 in clinic, Kt/V 1.41.\n", [["11/05/2099", "DATE"]], ["15:20", "1.41"]),
];

const NCPDP: ReadonlyArray<TypedCase> = [
  // (in capitals and lower case the older rules read "NCPDP" into the pharmacy's name or as a town: left alone)
  ...casedRows("Pharmacy: Tarrow Outpatient Pharmacy NCPDP 2144718\n", [["2144718", "ID"]], []),
  ...casedRows("Dispensing pharmacy NABP # 0644719, refill 2 of 5.\n", [["0644719", "ID"]], ["refill 2 of 5"]),
  ...casedRows("NCPDP format claim rejected; resubmit.\n", [], ["NCPDP format"]),
];

runTypedTable("stop 60 fa60: a NANP number ends at its line", ["PHONE", "FAX", "DATE", "ID"], PHONES);
runTypedTable("stop 60 fa60: older phone readings kept", ["PHONE", "FAX", "DATE", "ID"], KEPT);
runTypedTable("stop 60 fa60: a pharmacy's NCPDP number", ["ID"], NCPDP);
