// Why this file exists: table tests, with hard negatives, for stop 53's dt53b rules (assembly/scanners/dt53b.ts): a bare
// month/day small enough to read as a fraction or a score is a date right after a facility's head word or "labs", or
// after an event's "out" or a last dose, closing its phrase; scores, scales, counts, doses and fractions after their own
// words stay undated. Mixed case, ALL CAPS and lower case; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const D = "DATE";

const PLACE_DAYS: readonly TypedCase[] = [
  ...cases("Consent on file.\nLabs 4/6 (Quest Yakima): ANC 1.2, Plt 88.", [["4/6", D]], []),
  ...cases("Drawn at Vellmont Reference Laboratories 3/10: Hgb 12.1, TSH low.", [["3/10", D]], []),
  ...cases("Refill picked up at Darrow Outpatient Pharmacy 3/10. Reports no side effects.", [["3/10", D]], []),
  ...cases("Colectomy at Brenner Medical Center 5/6 (surgeon on file).", [["5/6", D]], []),
  ...cases("Referral: Kestrel Valley ED 3/8 — table-saw injury at work.", [["3/8", D]], []),
  ...cases("Seen at Harlow ER 2/7, told viral.", [["2/7", D]], []),
  ...cases("Admitted Quarry Hill Hospital 3/9 for observation.", [["3/9", D]], []),
  ...cases("Follow-up in wound clinic 4/4 by the NP.", [["4/4", D]], []),
];

const EVENT_DAYS: readonly TypedCase[] = [
  ...cases("Wound healed, staples out 3/3.\nNext: PT.", [["3/3", D]], []),
  ...cases("Sutures out 4/6 — ortho f/u next week.", [["4/6", D]], []),
  ...cases("Please reschedule (Dr. Okafor out 6/9).", [["6/9", D]], []),
  ...cases("Semaglutide — last dose 3/10, told to hold 1 week before surgery.", [["3/10", D]], []),
  ...cases("Vancomycin final dose 2/9; line to come out.", [["2/9", D]], []),
];

const NOT_DAYS: readonly TypedCase[] = [
  // scores and scales after their words, a tenth with pain on its line
  ...cases("Seen in ED, pain 7/10.", [], ["7/10"]),
  ...cases("Arrived to ER with pain, ER 8/10.", [], ["8/10"]),
  ...cases("Apgars 8/9, wt 3410 g.", [], ["8/9"]),
  ...cases("Strength 5/5 all. EHL 4/5 L.", [], ["5/5", "4/5"]),
  ...cases("MMSE 11/30, down from 19/30.", [], ["11/30", "19/30"]),
  ...cases("Function: ADL 4/6 (help bathing); IADL 1/8.", [], ["4/6", "1/8"]),
  // counts and doses: a noun, a unit or "of" after the pair
  ...cases("Blood cultures 2/2 bottles positive.", [], ["2/2"]),
  ...cases("Lab 2/3 tubes hemolyzed.", [], ["2/3"]),
  ...cases("Seen at the clinic 2/3 of visits.", [], ["2/3"]),
  ...cases("Hospital 1/2 tab at night.", [], ["1/2"]),
  ...cases("Monofilament absent 6/10 sites.", [], ["6/10"]),
  // after "out" or a dose: a share after a number, a unit or a noun after the pair, a tenth with pain on its line
  ...cases("Scored 4 out 5/5 on recall.", [], ["5/5"]),
  ...cases("Pain: zoned out 8/10.", [], ["8/10"]),
  ...cases("Last dose 1/2 tab at bedtime.", [], ["1/2"]),
  ...cases("Knocked out 2/3 of his teeth.", [], ["2/3"]),
  ...cases("Dose 3/4 of the usual.", [], ["3/4"]),
  ...cases("Pain better. Took last dose 1/4.", [], ["1/4"]),
  ...cases("Ran out 1/2.", [], ["1/2"]),
  // a colon after "labs": a list of labelled pairs (in ALL CAPS an older rule dates "LABS 2/8: NA 139", as at 5e018ac)
  ...casedRowsEach("Exam:\nMotor 4/5: weak grip\nthe labs 2/8: Na 139", [[], [["2/8", D]], []], ["4/5"]),
  // weeks' sevenths after a number, a donor's match
  ...cases("GA 29 2/7 wks, BW 1180 g.", [], ["2/7"]),
  ...cases("Donor: 10/10 matched unrelated.", [], ["10/10"]),
];

runTypedTable("stop 53 (dt53b): a small month/day after a facility's head or labs", [D], PLACE_DAYS);
runTypedTable("stop 53 (dt53b): a small month/day after an event's out or a last dose", [D], EVENT_DAYS);
runTypedTable("stop 53 (dt53b): scores, counts and doses stay undated", [D], NOT_DAYS);
