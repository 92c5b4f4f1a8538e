// Why this file exists: table tests for stop 63's identifier round (id63), on both engines: a VA claim file's number in
// groups 2-3-3 and its letter (assembly/scanners/id63.ts claimShape63, claimLetter63, claimWordBefore63), an
// audiogram's thresholds that are no phone (fiveSteps63), a cued list's next numbers (listNext63), a letter and four
// digits after a last-four cue (lastInitial63, src/builtins.ts "Last4"), a chat handle after the message's clock
// (assembly/names/r63_id63.ts clockHandle63), a login's year digits (yearDigits63) and a twelve-hour clock in a chat
// handle's line (id54.ts colonClock54); with hard negatives: phones, thresholds, "BP 120 80", "Last 4 weeks", times,
// lab values, dosage lists, ICD codes, a role before a clock's colon.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const NUMBERS: ReadonlyArray<TypedCase> = [
  // (a VA claim file's number: before the round a phone, or nothing after "C-")
  ...casedRows("Veteran: Thibodeaux, Lucien J   C-FILE: C 28 447 193   seen today.\n", [["C 28 447 193", "ID"]], []),
  ...casedRows("Disability claim started (VA file # C-28 441 870); hearing set.\n", [["C-28 441 870", "ID"]], []),
  ...casedRows("Veteran Marcella Ruiz, VA file 32 118 447, exam today.\n", [["32 118 447", "ID"]], []),
  ...casedRows("Claimant Tomas Yell, File number 29 044 718, reviewed.\n", [["29 044 718", "ID"]], []),
  // (hard negatives: a phone in groups 2-3-3 without the claim's letter or word, an NANP phone, a Spanish 3-3-3)
  ...casedRows("They're not answering at 78 651 450 tonight.\n", [["78 651 450", "PHONE"]], []),
  ...casedRows("Call the clinic at 402-555-0139 for results.\n", [["402-555-0139", "PHONE"]], []),
  // (an audiogram's thresholds: before the round two phones)
  ...casedRows("PURE TONE (dB) R: 25 30 45 60 70; L: 20 25 40 55 65. Word recognition 88%.\n", [], ["25 30 45 60 70", "20 25 40 55 65"]),
  ...casedRows("BP 120 80, HR 72, RR 16; thresholds 10 15 20 25 stable.\n", [], ["120 80", "10 15 20 25"]),
  // (a cued list's next numbers of the same shape: before the round the second was nothing or a phone)
  ...casedRows("Monitoring visit: subjects 109-0012 and 109-0015 reviewed.\n", [["109-0012", "ID"], ["109-0015", "ID"]], []),
  ...casedRows("Refills: Rx# 6044718, 6044722 transferred.\n", [["6044718", "ID"], ["6044722", "ID"]], []),
  // (hard negatives: another shape after the comma, a store's four digits before a street's)
  ...casedRows("MRN 4471920, 12 mg dose given.\n", [["4471920", "MRN"]], ["12 mg"]),
  // (the store's number is an older rule's ID; the street's number stays an address, no ID)
  ...casedRows("Pharmacy: CVS #1389, 1220 Main St.\n", [["1389", "ID"]], []),
  // (a letter and four digits after a last-four cue; the glued cue "Last4" labels four digits as the SSN's)
  ...casedRows("Veteran: Harlan E. Tuttle   Last4: T0417   Age: 74\n", [["T0417", "ID"]], []),
  ...casedRows("Kapoor, Rajinder Singh   Last 4 K1182   DOB 3/3/1961\n", [["K1182", "ID"], ["3/3/1961", "DATE"]], []),
  ...casedRows("Begaye, Harrison Lee   last4 1187   seen today\n", [["1187", "SSN"]], []),
  // (hard negatives: "Last 4 weeks", a dose list, an ICD code, a lab value)
  ...casedRows("Last 4 weeks: metoprolol 25 50 100 mg titrated; E11.9; K 4.2.\n", [], ["Last 4 weeks", "25 50 100", "E11.9", "4.2"]),
];
runTypedTable("stop 63 id63: claim numbers, thresholds, a cued list, last-four letters", ["ID", "PHONE", "MRN", "SSN", "DATE"], NUMBERS);

/** A chat export's rows in mixed case and lower case (the handle rules read small letters). */
function mixedAndLower(text: string, expected: ReadonlyArray<readonly [string, string]>, never: readonly string[]): TypedCase[] {
  return casedRows(text, expected, never).filter((_, i) => i != 1);
}

const HANDLES: ReadonlyArray<TypedCase> = [
  // (a handle after the message's clock, before its colon: before the round nothing)
  // (a handle of small letters alone, "08:40 jkowalewski:", or whose last part is, "02:47 rvillalobos_nm:", is not read:
  // the hook in detect.ts's lowerExit() cost 2 M instructions a pass, see docs/names-rounds.md)
  ...mixedAndLower("Portal chat 11/05/2099\n[14:02] mjosephs1984: hey i got a text\n", [["mjosephs1984", "ID"]], []),
  // (a twelve-hour clock after a handle opening its line)
  ...mixedAndLower("[teams chat]\njmcgraw 2:14 pm: hey is the frozen back?\n", [["jmcgraw", "ID"]], []),
  // (hard negatives: a role or a word before the colon, a time with its own colon, a drug)
  ...mixedAndLower("Night log\n00:02 pharm: mag level pending\n08:40 patient: feels better\n", [], ["pharm", "patient"]),
  ...mixedAndLower("Timeline\n08:40: vitals stable\n09:15 lorazepam: 1 mg given\n", [], ["vitals", "lorazepam"]),
  ...mixedAndLower("He said the user reported pain at 08:40 today.\n", [], ["user reported pain"]),
];
runTypedTable("stop 63 id63: a chat handle after the message's clock", ["ID"], HANDLES);

const LOGINS: ReadonlyArray<TypedCase> = [
  // (a login's four digits that are a year, after a user label: before the round nothing)
  ...casedRows("Message from: Delmar Whitcomb (USER DWHITCOMB1958) sent Dec 6.\n", [["DWHITCOMB1958", "ID"]], []),
  // (in lower case a column gap closes it too; "PORTAL USER NFITZ1962   EMAIL" in capitals is left, see the docs)
  ["portal: mrn rb7704418   portal user nfitz1962   email on file\n", [["rb7704418", "MRN"], ["nfitz1962", "ID"]], []],
  // (hard negatives: a user label before a word, donor site)
  ...casedRows("The user reported pain; donor site clean and dry.\n", [], ["user reported", "Donor site clean"].map((w) => w.toLowerCase())),
];
runTypedTable("stop 63 id63: a login's year digits", ["ID", "MRN"], LOGINS);
