// Why this file exists: table tests, with hard negatives, for stop 31's rules on main, written from general forms of
// US notes (probed sentences, not a fixture's strings): month, day and year run together after a date cue in either
// order (date.ts scanCompactDate), an ordinal birthday over 89 (age.ts ordinalBirthday31), an abbreviated street type
// in lower case after a preposition of where, a long house number and two words, and a relative's surname that is a
// core English word in ALL CAPS (kinSurnameNext with kinAdverb31). Both engines; every name and number is made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

// ALL CAPS needs a note's worth of capitals around a name for the text to read as written in capitals
const CAPS = "PATIENT SEEN IN CLINIC TODAY FOR FOLLOW UP OF HYPERTENSION AND DIABETES. BLOOD PRESSURE WELL CONTROLLED. ";

const COMPACT_DATES: ReadonlyArray<TypedCase> = [
  // month, day and year run together right after a date cue (the year first was already read: "DOB: 19300101")
  ["DOB 01011930", [["01011930", "DATE"]], []],
  ["DOB:12251944 MRN 4471823", [["12251944", "DATE"]], ["MRN"]],
  ["D.O.B. 010130, seen today", [["010130", "DATE"]], ["seen"]],
  ["DOB: 19300101", [["19300101", "DATE"]], []],
  // without the cue eight or six digits are an order, a lot or an account ("Acct" makes it an account, test/ids)
  ["Order 12251944 placed", [], ["12251944"]],
  // after the cue, digits that are no date stay out
  ["DOB 13451930", [], ["13451930"]],
  ["Date: 123456", [], ["123456"]],
];

const RESULT_DATES: ReadonlyArray<TypedCase> = [
  // a result or a dose given, dated in brackets after it
  ["GBS negative (9/11). Rh positive.", [["9/11", "DATE"]], ["Rh"]],
  ["Flu shot given (10/2).", [["10/2", "DATE"]], []],
  ["PPD negative (11/5)", [["11/5", "DATE"]], []],
  // counts of bottles and doses, scores out of 5 or 10: no larger than the total
  ["blood cultures positive (2/2)", [], ["2/2"]],
  ["vaccine given (1/3)", [], ["1/3"]],
  ["strength normal (5/5) and reflexes normal (2/4)", [], ["5/5", "2/4"]],
  ["pain score positive (7/10)", [], ["7/10"]],
  ["lymph nodes positive (2/9); margins negative", [], ["2/9"]],
  ["ER positive (11/5)", [["11/5", "DATE"]], []],
];

const BIRTHDAYS: ReadonlyArray<TypedCase> = [
  ["celebrated her 100th birthday with family", [["100th", "AGE"]], ["family"]],
  ["his 95th birthday party is Sunday", [["95th", "AGE"]], ["party"]],
  ["planning her 91st b-day", [["91st", "AGE"]], []],
  // under 90, or no birthday: a percentile, a visit
  ["her 45th birthday", [], ["45th"]],
  ["weight at the 95th percentile", [], ["95th"]],
  ["his 92nd visit this year", [], ["92nd"]],
];

const ADDR = "location:address";

const LOWER_STREETS: ReadonlyArray<PlaceCase> = [
  // a number of 3+ digits and two words before "dr" (a doctor after one word: "to 20 units dr smith")
  ["paratransit pickup from 3710 lake hunter dr - was late", [["3710 lake hunter dr", ADDR]], ["paratransit", "late"]],
  ["sent from 1200 old mill ct today", [["1200 old mill ct", ADDR]], ["sent", "today"]],
  ["increase to 100 mg dr smith aware", [["smith", "name:title"]], ["100", "mg"]],
  ["dose went from 250 to 500 ct scan later", [], ["250", "500"]],
];

const CAPS_KIN: ReadonlyArray<PlaceCase> = [
  // a relative's given name, then a surname that is a core English word, then the clause's end
  [`${CAPS}NEPHEW BILL YOUNGER AND THE AIDE WERE PRESENT.`, [["BILL YOUNGER", "name:neighbour"]], ["AIDE", "PRESENT"]],
  [`${CAPS}HER SON JOHN HUNT CALLED.`, [["JOHN HUNT", "name:neighbour"]], ["CALLED"]],
  // an adverb after the given name is no surname: still, also, every word in -ly
  [`${CAPS}WIFE GRACE ALSO AGREES WITH THE PLAN.`, [], ["ALSO"]],
  [`${CAPS}NURSE PALOMA WEEKLY.`, [["PALOMA", "name:cue"]], ["WEEKLY"]],
  [`${CAPS}SON WILL CALL BACK TOMORROW.`, [], ["WILL", "CALL"]],
];

const CAPS_TOWNS: ReadonlyArray<PlaceCase> = [
  // a town's feature word after a town (TOWN_SUFFIXES: shoals, buttes, river, lakes, oaks, estates, haven, mesa, summit)
  [`${CAPS}PATIENT LOCATED AT HOME IN CEDAR SHOALS, NC; PROVIDER IN OFFICE.`, [["CEDAR SHOALS", "location:city"]], ["PROVIDER"]],
  [`${CAPS}SON VISITS WEEKENDS FROM OCOTILLO BUTTES.`, [["OCOTILLO BUTTES", "location:city"]], ["WEEKENDS"]],
  ["She lives in Cedar Shoals with her son.", [["Cedar Shoals", "location:city"]], ["son"]],
  // a street's town after "IN" with a compass word first, as after a comma
  [`${CAPS}HE LIVES AT 9 MILLPOND LANE IN NORTH HAVERLY.`, [["9 MILLPOND LANE", ADDR], ["NORTH HAVERLY", "location:city"]], ["LIVES"]],
  // a facility's or a street's word after the town's feature word keeps it for those rules; a feature alone is none
  ["Seen at Cedar Shoals Clinic.", [["Cedar Shoals Clinic", "location:facility"]], []],
  [`${CAPS}SHE FELL IN THE RIVER AND WAS IN THE HILLS ALL DAY.`, [], ["RIVER", "HILLS"]],
];

const CRED = "name:credential";
const LOWER_SIGNATURES: ReadonlyArray<PlaceCase> = [
  // a signature in lower case: given name (or initial) and surname opening a line or a label's field, then ", <cred>"
  ["pt seen today for f/u of htn.\ngrace hill, md\nnext visit in 2 weeks", [["grace hill", CRED]], ["htn", "next"]],
  ["pt seen today for f/u of htn.\nco-signed: frank bell, otr/l", [["frank bell", CRED]], ["co-signed"]],
  ["referring: mercy lamb, np, columbia county family medicine", [["mercy lamb", CRED], ["columbia county family medicine", "location:facility"]], []],
  ["pt seen today.\nmary ann hill, rn", [["mary ann hill", "name:neighbour"]], []],
  ["pt seen today for f/u of htn.\nj. sharp, np", [["j. sharp", CRED]], []],
  ["assistant: chase bell, m.d. (pgy-4)", [["chase bell", CRED]], ["pgy-4"]],
  // a clause goes on after the credential, no given name first, a sentence's period, a state's code before its ZIP
  ["pt seen today for f/u of htn.\ncall back, np to review", [], ["call", "back"]],
  ["pt seen today for f/u of htn.\nwill see, md aware", [], ["will", "see"]],
  ["pain: mild, md aware", [], ["mild"]],
  ["plan: rest, md", [], ["rest"]],
  ["lives in camp hill, pa 17011", [["camp hill", "location:city"]], ["lives"]],
];

const LOWER_TAILS: ReadonlyArray<PlaceCase> = [
  // a town's feature word after the street in lower case, and the state's code and ZIP after it
  ["quarry hill family practice\n212 tanner road\nhaddam landing, ct 06499\n\nreason for visit: f/u",
    [["212 tanner road", ADDR], ["haddam landing, ct 06499", ADDR]], ["reason"]],
  ["referral from 44 elm st\nfairhaven mills, pa 17342", [["44 elm st", ADDR], ["fairhaven mills, pa 17342", ADDR]], ["referral"]],
  ["rx to be delivered to 88 maple st, easton mills. prednisone", [["88 maple st, easton mills", ADDR]], ["prednisone"]],
  ["lives at home (318 cobbler lane, tazley station).", [["318 cobbler lane, tazley station", ADDR]], ["home"]],
  // a feature word that starts the next clause stays out
  ["lives at 88 maple st, easton. falls at home x2", [["88 maple st, easton", ADDR]], ["falls"]],
];

runTypedTable("month, day and year run together after a date cue (stop 31)", ["DATE"], COMPACT_DATES);
runTypedTable("a result or a dose given dated in brackets (stop 31)", ["DATE"], RESULT_DATES);
runTypedTable("an ordinal birthday over 89 (stop 31)", ["AGE"], BIRTHDAYS);
runPlaceTable("an abbreviated street type in lower case after a long house number and two words (stop 31)", LOWER_STREETS);
runPlaceTable("a relative's core-word surname in ALL CAPS (stop 31)", CAPS_KIN);
runPlaceTable("a signature's name before its credential in lower case (stop 31)", LOWER_SIGNATURES);
runPlaceTable("a town's feature word in a lower-case address tail (stop 31)", LOWER_TAILS);
runPlaceTable("a town's feature word, and a compass word after a street's IN (stop 31)", CAPS_TOWNS);
