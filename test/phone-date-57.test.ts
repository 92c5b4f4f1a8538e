// Why this file exists: table tests for stop 57's review of the phone scanner (dateTail57() in assembly/scanners/phone.ts),
// in mixed case, ALL CAPS and lower case, both engines: a clock time or a billing code before a numeric date written with
// '/' is no phone number ("RN AT 0355 03/14/2099" was one PHONE "0355 03/14/2099"); the date is the date scanner's. Hard
// negatives: phone numbers of three and four groups, with blanks, dots and hyphens, stay phones.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const D = "DATE";
const P = "PHONE";

const ROWS: ReadonlyArray<TypedCase> = [
  // a 24-hour time, then the date
  ...casedRows("Called by the lab at 0355 03/14/2099 for the potassium.\n", [["03/14/2099", D]], ["0355", "potassium"]),
  // a billing code, then the date
  ...casedRows("Billing: 99453 10/09/2099; monthly code next.\n", [["10/09/2099", D]], ["99453", "monthly"]),
  // a two-digit year
  ...casedRows("Reviewed 1130 4/2/99 with the family.\n", [["4/2/99", D]], ["1130", "family"]),
];

const PHONES: ReadonlyArray<TypedCase> = [
  ...casedRows("Call back 617 555 0129 today.\n", [["617 555 0129", P]], ["today"]),
  ...casedRows("Home 1-617-555-0129 after six.\n", [["1-617-555-0129", P]], ["after"]),
  ...casedRows("Office 0490 75 40 81 in Lyon.\n", [["0490 75 40 81", P]], ["Office"]),
];

runTypedTable("stop 57 (review): a time or a code before a numeric date is no phone", [D, P], ROWS);
runTypedTable("stop 57 (review): phone numbers of three and four groups stay phones", [D, P], PHONES);

const I = "ID";
const IDS: ReadonlyArray<TypedCase> = [
  // a cued number, a blank, then a numeric date: two findings
  ...casedRows("Claim 88120447 3/4/2099 paid in full.\n", [["88120447", I], ["3/4/2099", D]], ["paid"]),
  ...casedRows("Order # 4471820 04/15/2099 signed.\n", [["4471820", I], ["04/15/2099", D]], ["signed"]),
  // a cued number of two digit groups stays one
  ...casedRows("Policy ID 47 39047534 02\nSeen today.\n", [["47 39047534 02", I]], ["today"]),
];
runTypedTable("stop 57 (review): a cued number stops before a numeric date", [D, I], IDS);
