// Why this file exists: table tests, with hard negatives, for stop 47's second age, date and phone round (ag47b), read
// from the misses and false positives of the blind fixtures 35 and 36 in all three cases: an age over 89 alone in
// brackets right after a person's name found (detect.ts parenNameAge47b: a deliberate change of spec, see
// docs/names-rounds.md "Stop 47, ag47b"), a bare month/day after a procedure's or an image's name (date.ts
// procedureBefore47b), a lower-case "may" and a day over 12 before a clause's word, four digits read as a clock time
// after a numeric date (dateThenClock47b), and a hospital extension "6-4471" with no cue (phone.ts bareExtension47b).
// Both engines. Names and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const AGES: readonly TypedCase[] = [
  // over 89 alone in brackets after a person's name, with or without a sex letter glued
  ...cases("PT SCHNEIDER, HELMUT (99) READY FOR DC, REQUIRES O2.", [["99", "AGE"]], []),
  ...cases("Pt Winifred Quimby (90) in bed 2", [["90", "AGE"]], []),
  ...cases("Met with pt Teodoro Villanueva (90) and his niece.", [["90", "AGE"]], []),
  ...cases("Census: Fitzwilliam, Clementine (93f) · MRN 5571802", [["93", "AGE"], ["5571802", "MRN"]], []),
  // hard negatives: a unit, a percentage, a ratio, a decimal, an age under 90, over 120, a doctor's name, a reading after
  // analytes or a vital sign
  ...cases("Mrs. Perkins (94 kg) weighed today.", [], ["94"]),
  ...cases("Mr. Jones (99%) adherent to meds.", [], ["99"]),
  ...cases("Mr. Lee (95/60) after the bolus.", [], ["95"]),
  ...cases("Mrs. Olsen (98.6) oral.", [], ["98"]),
  ...cases("Mrs. Olsen (45) and her son.", [], ["45"]),
  ...cases("Mrs. Olsen (450) and her son.", [], ["450"]),
  ...cases("Dr. Hale (92) called back.", [], ["92"]),
  ...cases("Labs | Sodium, Potassium (95) | stable", [], ["95"]),
  ...cases("HR (99) and BP stable.", [], ["99"]),
];

const DATES: readonly TypedCase[] = [
  // a month/day after a procedure's or an image's name, a bracket or the phrase's end after it
  ...cases("Left MCA occlusion; thrombectomy 2/9 (TICI 3) by Dr. Oyin.", [["2/9", "DATE"]], []),
  ...cases("Splenic laceration, IR embolization 5/5 (Dr. Pillai).", [["5/5", "DATE"]], []),
  ...cases("Rib fracture, XR 5/6 (acc 221).", [["5/6", "DATE"]], []),
  ...cases("Plan was cardioversion 2/7.", [["2/7", "DATE"]], []),
  // hard negatives: a score's word, a count with its noun, a share "of", a procedure's name before a dose's fraction
  ...cases("Strength 5/5 (bilateral).", [], ["5/5"]),
  ...cases("Cultures 2/2 positive.", [], ["2/2"]),
  ...cases("After ablation 2/3 of the lesion remained.", [], ["2/3"]),
  ...cases("Laparotomy 1/2 tab given before.", [], ["1/2"]),
  // a month/day in a list of dates: a full date after it, or before it a date no fraction or score is
  ...cases("Recurrent admissions (6/20, 7/9, 7/31/96).", [["6/20", "DATE"], ["7/9", "DATE"], ["7/31/96", "DATE"]], []),
  ...cases("Seen 3/14 and 2/4 in clinic.", [["3/14", "DATE"], ["2/4", "DATE"]], []),
  // hard negatives: a list of scores or fractions, a round total, a ratio before a date
  ...cases("Motor 4/5, 5/5 and 3/5 today.", [], ["4/5", "5/5", "3/5"]),
  ...cases("Took 1/2, 1/4 of the tabs.", [], ["1/2", "1/4"]),
  ...cases("Scored 11/20, 4/5 on recall.", [], ["11/20", "4/5"]),
  // four digits after a numeric date and a blank are its entry's clock time, not a year
  ...cases("06/02 1900 handoff to Noor, RN.", [["06/02", "DATE"]], ["1900"]),
  ...cases("6/2 2000 called son back.", [["6/2", "DATE"]], ["2000"]),
  // hard negatives: a year after a word, a year after a full date and a comma, an ID's digits before
  ...cases("CABG 1998, MI 2005.", [["1998", "DATE"], ["2005", "DATE"]], []),
  ...cases("Seen 03/14/2099, born 1931 in Ohio.", [["03/14/2099", "DATE"], ["1931", "DATE"]], []),
];

// lower case only: "may" and a day over 12 before a clause's word (mixed case and ALL CAPS read "May" and "MAY" before)
const LOWER: readonly TypedCase[] = [
  ["dob 1/22/1949. saw him may 31 for near-syncope.", [["1/22/1949", "DATE"], ["may 31", "DATE"]], []],
  ["the pt may 2 tabs for pain; you may 30 mg daily.", [], ["may 2", "may 30"]],
  ["we may consider 15 for now", [], ["may consider"]],
];

const PHONES: readonly TypedCase[] = [
  // one digit, a hyphen and four digits, no cue, closing its phrase after a word: a hospital extension
  ...cases3("2214 FROM 7JCW 6-4471: RM 12 K 5.9, REPEAT?", [[["6-4471", "PHONE"]], [["6-4471", "PHONE"]], [["6-4471", "PHONE"]]], []),
  ...cases("2330 from pharmacy 6-2200: vanc trough due.", [["6-2200", "PHONE"]], []),
  // hard negatives: a range's word before, a month and year, a range of one, a unit after, a count going on
  ...cases("Titrate from 2-2500;", [], ["2-2500"]),
  ...cases("Last seen 3-2019.", [], ["3-2019"]),
  ...cases("Dilute 1-1000, then flush.", [], ["1-1000"]),
  ...cases("Give 2-4000 mL over the day.", [], ["2-4000"]),
  ...cases("Walked 2-3000 steps daily", [], ["2-3000"]),
];

runTypedTable("ids round 47b: ages in brackets after a name, procedure days, clock times, bare extensions (stop 47, ag47b)",
  ["ID", "MRN", "DATE", "PHONE", "AGE"],
  [...AGES, ...DATES, ...LOWER, ...PHONES]);
