// Why this file exists: table tests, with hard negatives, for the stop 33 places, ages and IDs round (loc33): numbered
// roads by their letters ("US-14A", "SR 9", "CR 12", "FM 1061") and "U.S. Route 30"; a spelled age after "she's" or
// after "at" before its person, an age to come after "will be", an age after a name's initial in a header's columns;
// a prescription's number after "Rx", a file's number in groups, the second serial of a pair; and a cognitive screen's
// score after its label's colon, no date. Mixed case, ALL CAPS and lower case, on both engines. Names and places are
// made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ADDR = "location:address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const ROADS: ReadonlyArray<PlaceCase> = [
  ["MVC on U.S. Route 30 near the farm.", [["U.S. Route 30", ADDR]], ["MVC", "farm"]],
  ["LIVES OFF U.S. HWY 61 SOUTH OF TOWN", [["U.S. HWY 61", ADDR]], ["LIVES", "TOWN"]],
  ["ROADS CLOSED ON US-14A OVER THE PASS.", [["US-14A", ADDR]], ["ROADS", "PASS"]],
  ["crash on SR 9 near the bridge.", [["SR 9", ADDR]], ["crash", "bridge"]],
  ["LIVES ON CR 12 OUTSIDE TOWN.", [["CR 12", ADDR]], ["LIVES", "TOWN"]],
  ["2ND LEFT ON CR 0055).", [["CR 0055", ADDR]], ["LEFT"]],
  ["cattle operation off FM 1061 near the river.", [["FM 1061", ADDR]], ["cattle", "river"]],
  ["cattle operation off fm 1061 near the river.", [["fm 1061", ADDR]], ["cattle", "river"]],
  // a lab's value, a rhythm, a count, the words of a route of administration: no word of where, a decimal or a unit
  ["CR 1.2, BUN 30.", [], ["CR", "BUN"]],
  ["on CR 1.2 today", [], ["CR", "today"]],
  ["Rhythm: SR 72, no ectopy.", [], ["SR", "72"]],
  ["on tele in SR 72, no ectopy.", [], ["SR", "72"]],
  ["monitor on SR 72 bpm overnight", [], ["SR", "72"]],
  ["FM 2 tablets given.", [], ["FM", "tablets"]],
  ["off FM radio for a week", [], ["FM", "radio"]],
  ["changed the route of administration to PO", [], ["route", "administration"]],
  ["US 12 weeks: normal", [], ["US", "weeks"]],
];

runPlaceTable("numbered roads by their letters, U.S. Route (stop 33)", ROADS);

// [text, expected [finding text, type] of AGE and DATE, words that must not be redacted]
const AGES: ReadonlyArray<TypedCase> = [
  ["She's ninety-three and sharp as ever.", [["ninety-three", "AGE"]], ["sharp"]],
  ["SHE'S NINETY-THREE AND SHARP AS EVER.", [["NINETY-THREE", "AGE"]], ["SHARP"]],
  ["she's ninety-three and sharp as ever.", [["ninety-three", "AGE"]], ["sharp"]],
  ["He’s ninety-one now.", [["ninety-one", "AGE"]], ["now"]],
  ["Cataract surgery; at ninety-three she is a reasonable candidate.", [["ninety-three", "AGE"]], ["candidate"]],
  ["AT NINETY-THREE, SHE STILL DRIVES.", [["NINETY-THREE", "AGE"]], ["DRIVES"]],
  ["He will be 100 next month.", [["100", "AGE"]], ["month"]],
  ["HE WILL BE 100 NEXT MONTH.", [["100", "AGE"]], ["MONTH"]],
  ["she'll be 91.", [["91", "AGE"]], []],
  ["Pt: Lindgren, Solveig A.   95F   DOB 3/1/1997", [["95", "AGE"], ["3/1/1997", "DATE"]], []],
  ["PT: LINDGREN, SOLVEIG A.   95F   DOB 3/1/1997", [["95", "AGE"], ["3/1/1997", "DATE"]], []],
  ["pt: lindgren, solveig a.   95f   dob 3/1/1997", [["95", "AGE"], ["3/1/1997", "DATE"]], []],
  // a percent, a measure, a dose, a temperature's "T." or a fever's sign, no person after "at"
  ["She's ninety-three percent sure.", [], ["ninety", "percent"]],
  ["sats at ninety she was fine", [], ["ninety"]],
  ["sats ninety-three percent on RA.", [], ["ninety"]],
  ["the dose will be 100 mg daily", [], ["100"]],
  ["He will be 100% compliant.", [], ["100"]],
  ["Gave 100 mg of aspirin.", [], ["100"]],
  ["weight 91 kg today.", [], ["91"]],
  ["Vitals: T.   99 F   HR 88", [], ["99"]],
  ["chills, 102 m", [], ["102"]],
  // a cognitive screen's score after its label's colon is no date; a day after "Seen" still is
  ["MMSE: 11/30 today.", [], ["11/30"]],
  ["MOCA: 22/30, down from 25/30", [], ["22/30"]],
  ["Seen 11/30 for follow-up.", [["11/30", "DATE"]], []],
];

runTypedTable("spelled ages after she's and at, an age to come, an initial before a column's age (stop 33)", ["AGE", "DATE"], AGES);

// [text, expected [finding text, type] of ID and DEVICE, words that must not be redacted]
const IDS: ReadonlyArray<TypedCase> = [
  ["hydrocodone/APAP 5/325 #8 (Rx 7700418 to Smith's Pharmacy)", [["7700418", "ID"]], []],
  ["RX 4471902 FILLED 3/2", [["4471902", "ID"]], ["FILLED"]],
  ["claim pending with VBA (file C-44 817 220) since Dec.", [["C-44 817 220", "ID"]], ["pending"]],
  ["CLAIM PENDING (FILE C-44 817 220)", [["C-44 817 220", "ID"]], ["PENDING"]],
  ["hearing aids (Phonak Audeo, serials 2231XK418 / 2231XK419) bought", [["2231XK418", "DEVICE"], ["2231XK419", "DEVICE"]], ["bought"]],
  ["hearing aids, serials 123-456 and 123-789.", [["123-456", "DEVICE"], ["123-789", "DEVICE"]], ["hearing"]],
  // a dose or refills after "Rx"; too few digits or a unit after a file's groups; a singular cue; another length
  ["Rx 1000 mg daily", [], ["1000"]],
  ["Rx 2 refills", [], ["refills"]],
  ["case 12 of 20 today", [], ["12", "20"]],
  ["on file C-2 pages 3", [], ["pages"]],
  ["file C-44 817 220 mg", [], ["220"]],
  // (stop 63: a second serial joined by "and" after a singular cue is a device too, as fixtures 39 and 53 label it, "sn
  // ra-1183-40992 and ra-1183-40998", "SN PHN-88417720 AND PHN-88417721": id63's list of same-shaped values after one cue)
  ["serial 123-456 and 123-789 in stock", [["123-456", "DEVICE"], ["123-789", "DEVICE"]], ["stock"]],
  ["serials 2231XK418 / 12 units", [["2231XK418", "DEVICE"]], ["12"]],
];

runTypedTable("a prescription's number, a file's grouped number, a pair's second serial (stop 33)", ["ID", "DEVICE"], IDS);
