// Why this file exists: table tests, with hard negatives, for stop 50b's bare month/day frames (dt50b,
// assembly/scanners/date50b.ts): a day small enough to read as a fraction or a score ("3/4", "1/7", "3/10") is a date in
// a list of two days of one month, after "onset", after a dated event's verb closing its phrase, after a 24-hour clock
// time of four digits, and after "from" that a measured change opens; strength, murmurs, fractions, ratios, pressures,
// pain and other scores, doses, pages, rates and counts stay undated. Mixed case, ALL CAPS and lower case; both engines.
// Names, places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const D = "DATE";

const FOUND: readonly TypedCase[] = [
  // a list of two days of one month joined by "and", "or", "&"
  ...cases("Micro: BCx 1/6 and 1/7 no growth to date.", [["1/6", D], ["1/7", D]], []),
  ...cases("She missed 2 treatments 3/4 and 3/6 for snow on the pass.", [["3/4", D], ["3/6", D]], ["2 treatments"]),
  ...cases("Dispo: home with partner 2/7 or 2/8; f/u in clinic.", [["2/7", D], ["2/8", D]], []),
  ...cases("Dressing changes 5/5 & 5/9 at home.", [["5/5", D], ["5/9", D]], []),
  // after "onset": a line list's row, a staff row, a colon
  ...cases("RES 1 RM 104 ONSET 3/9 FLU A+ (RAPID), OSELTAMIVIR.", [["3/9", D]], ["104"]),
  ...cases("Staff: CNA on leave, onset 3/8 off work.", [["3/8", D]], []),
  ...cases("Index case onset: 2/6 cough and fever.", [["2/6", D]], []),
  ...cases("Res 2 rm 106 onset 3/10 flu A+, in house.", [["3/10", D]], ["106"]),
  // after a dated event's verb, closing its phrase
  ...cases("The agency's case was closed 3/10.", [["3/10", D]], []),
  ...cases("The mobile dental van visited 3/6.", [["3/6", D]], []),
  ...cases("His Social Security check was cashed 3/3; grandson not reachable.", [["3/3", D]], []),
  ...cases("Synagis: n/a. Hep B #1 given 2/2. Hearing pass.", [["2/2", D]], []),
  ...cases("The letter was mailed 4/9 by the clerk.", [["4/9", D]], []),
  // after a 24-hour clock time of four digits
  ...cases("Transport booked at 1300 6/7. Wife aware.", [["6/7", D]], ["1300"]),
  ...cases("NPO since: 2200 3/9   last meal small.", [["3/9", D]], ["2200"]),
  // after "from" that a measured change opens
  ...cases("Wt 184.2 lb (down 3 lb from 2/4). Edema 2+.", [["2/4", D]], []),
  ...cases("Weight 201.4 lb (+2.8 from 3/10), yellow zone.", [["3/10", D]], []),
];

const REFUSED: readonly TypedCase[] = [
  // scores and strength, in a list too
  ...cases("Strength 5/5 and 5/5 bilaterally.", [], ["5/5"]),
  ...cases("Grip 4/5 and 5/5 today.", [], ["4/5", "5/5"]),
  ...cases("Reflexes 2/4 and 2/4 at the knees.", [], ["2/4"]),
  ...cases("Grade 2/6 murmur at the apex.", [], ["2/6"]),
  ...cases("Hip flexion 3/4 strength on the left.", [], ["3/4"]),
  ...cases("Apgars 8/9 and 9/9 at birth.", [], ["8/9", "9/9"]),
  ...cases("Pain 10/10 since 0800, now 0/10 at rest.", [], ["10/10", "0/10"]),
  ...cases("GCS 3/15 on arrival; vision 20/20 OU.", [], ["3/15", "20/20"]),
  ...cases("Completed 4/4 sets of the exercise.", [], ["4/4"]),
  // fractions and doses, lists of them
  ...cases("Take 1/2 tab and 1/4 tab at night.", [], ["1/2", "1/4"]),
  ...cases("Give 1/2 and 1/4 of the dose.", [], ["1/2", "1/4"]),
  ...cases("Give 1/2 and 1/3 before bed.", [], ["1/2", "1/3"]),
  ...cases("Found 2/3 and 2/5 of the samples.", [], ["2/3", "2/5"]),
  ...cases("Bolus 1/2 NS over 1 hour.", [], ["1/2"]),
  ...cases("Tylenol given 1/2. Resting.", [], ["1/2"]),
  ...cases("Tylenol given 1/2 tab at 0800 1/2 tab.", [], ["1/2"]),
  ...cases("3/6 and 3/8 cultures positive.", [], ["3/6", "3/8"]),
  ...cases("Dilute 1/4 and 1/8 in saline.", [], ["1/4", "1/8"]),
  ...cases("Use the 3/4 and 3/8 drill bits.", [], ["3/4", "3/8"]),
  ...cases("Blood cultures 2/4 positive.", [], ["2/4"]),
  // ratios, pressures, rates, counts
  ...cases("Mix 1:1 with saline; BP 120/80 at 1300.", [], ["1:1", "120/80"]),
  ...cases("Walks 3/day, swims x3/week.", [], ["3/day", "x3/week"]),
  // "onset" with a word of manner, or a score's word after
  ...cases("Sudden onset 10/10 headache.", [], ["10/10"]),
  ...cases("Acute onset 8/10 chest pain.", [], ["8/10"]),
  ...cases("Onset 7/10 pain in the right hip.", [], ["7/10"]),
  // "from" without a measured change, or a range after
  ...cases("Strength improved from 3/5.", [], ["3/5"]),
  ...cases("Pain down 2 from 8/10.", [], ["8/10"]),
  ...cases("Strength from 3/5 to 4/5 since surgery.", [], ["3/5", "4/5"]),
  ...cases("Up 2 points from 4/10.", [], ["4/10"]),
  // a clock time's number that no clock is, or no close after the day
  ...cases("Wt 1300 3/4 of goal.", [], ["3/4"]),
  ...cases("Pain reassessed at 1400 3/10.", [], ["3/10"]),
  ...cases("Time Pain\n0800 3/10\n1200 2/10", [], ["3/10", "2/10"]),
  ...cases("Closed 1/2 of the wound.", [], ["1/2"]),
];

runTypedTable("stop 50b (dt50b): a bare month/day in a date's frame", [D], FOUND);
runTypedTable("stop 50b (dt50b): fractions, scores, ratios and counts stay undated", [D], REFUSED);

const PAGES: readonly TypedCase[] = [
  // "24/7", around the clock; a page's number after its word
  ...cases("Coverage 24/7 by the on-call team.", [], ["24/7"]),
  ...cases("Caregiver 24/7, wife at bedside.", [], ["24/7"]),
  ...cases("See p 3/12 of the packet.", [], ["3/12"]),
  ...cases("Faxed to the clinic, page 3/12 and p. 1/3.", [], ["3/12", "1/3"]),
  // but status post's "s/p" is no page: the day after it stays a date
  ...cases("She is s/p 3/12 lap chole, doing well.", [["3/12", D]], []),
  ...cases("Seen on 3/14 for follow-up.", [["3/14", D]], []),
];

runTypedTable("stop 50b (dt50b): \"24/7\" and a page's number are no dates", [D], PAGES);
