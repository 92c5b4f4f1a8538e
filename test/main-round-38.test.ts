// Why this file exists: table tests, with hard negatives, for stop 38's round on main. First its month/day rule (date.ts
// dayInFrame38 and the "over its top" test): a month and day without a year that reads like a fraction or a score ("2/10", "4/4",
// "3/6"), taken as a date only in the frames notes date things by: the last time something happened, the next
// appointment, a date or a stay moved, "from" a day with no range or scale after it, "through" a day, a test named before
// it, in brackets after a measured value, and November's or December's 10th, which no score out of ten can be. Written
// from the general forms of US notes after reading the month/day misses of fixtures 1-25. Then a surname that is also an
// instrument's or a sign's eponym after a person's title ("Dr. Foley", detect.ts titledEponym38), and two address
// readings that took a record number or a year for a house number (commaNumber38) and "W/" for West; a relative's or a
// staff member's given name that is a core word, before "with"/"on", a gerund or a phone number (KIN_STATUS,
// gerundNext38, phoneNext38), a relative by marriage before a modal, and the signer's and the typist's initials of a
// dictation trailer in ALL CAPS (typistPair38), and a given name before a double surname in ALL CAPS
// (capsHyphenName38), a titled given name's rarer surname, a numbered roster's "LAST, FIRST" and a newborn's surname
// in ALL CAPS (titledGivenSurname38, rosterRow38, babySurname38), and a code's letters glued to its number kept out of
// the name before it (codePrefix38); a value under a column of a table aligned with blanks whose header names an
// identifier (csv.ts alignedColumnField: "LOT" over a vaccine's lot number); "ninety" after a copula before a spaced dash
// and in apposition after a person's name (copulaAge). Every positive
// was a leak. Both engines; every name and number is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const D = "DATE";

const FRAMES: ReadonlyArray<TypedCase> = [
  // the last time something happened: "last" one or two words back, the day closing its phrase or before a time of day
  ["Out of insulin glargine too. Last fill 2/10. Ins Magnolia.", [["2/10", D]], ["fill"]],
  ["Methamphetamine IV x 2 yrs, last use 2/10. Two DUIs.", [["2/10", D]], ["use"]],
  ["SEIZURE X1. LAST DRINK 4/4 EVENING. CIWA 6.", [["4/4", D]], ["EVENING", "CIWA"]],
  ["last clinic visit 3/9; no changes", [["3/9", D]], ["clinic"]],
  // the next appointment: "next", its colon, at most one word
  ["Next: 5/6 for sealants #3 and #14.", [["5/6", D]], ["sealants"]],
  ["Partner present.\nNext: in-person 2/10. Follow up sooner if worse.", [["2/10", D]], ["in-person"]],
  ["NEXT VISIT 3/9.", [["3/9", D]], ["VISIT"]],
  // a date or a stay moved
  ["Session was to be Thursday 5/7; moved to 5/8 (unit closed).", [["Thursday 5/7", D], ["5/8", D]], ["unit"]],
  ["infusion rescheduled to 2/9, pt aware", [["2/9", D]], ["infusion"]],
  ["Lost to follow-up; transferred here 2/6.", [["2/6", D]], ["transferred"]],
  // November's and December's 10th: no score goes over its top
  ["Came from the outside hospital; transferred here 11/10.", [["11/10", D]], ["outside"]],
  ["Seen in clinic 12/10 with cough.", [["12/10", D]], ["cough"]],
  // "from" a day, no range or scale after it, and "through" a day
  ["Blood cultures from 1/6 grew gram positive cocci.", [["1/6", D]], ["cultures", "cocci"]],
  ["BLOOD CULTURES FROM 1/6 GREW GPC.", [["1/6", D]], ["CULTURES"]],
  ["Medicaid through 3/6.", [["3/6", D]], ["Medicaid"]],
  ["covered thru 7/8, then self-pay", [["7/8", D]], ["covered"]],
  // a test named before it (the event words), and in brackets after a measured value
  ["Bronchoscopy 4/6 (outside lab): BAL sent.", [["4/6", D]], ["Bronchoscopy", "BAL"]],
  ["GBS swab 4/4.", [["4/4", D]], ["GBS", "swab"]],
  ["Path: EBUS 3/9 (outside read), squamous.", [["3/9", D]], ["EBUS", "squamous"]],
  ["6MWT: 186 M (8/5) -> 254 M (9/28). Dyspnea improved.", [["8/5", D], ["9/28", D]], ["186", "254"]],
  ["wt 71.4 kg (12/3), was 74 kg", [["12/3", D]], ["71.4"]],
];

const NOT_DATES: ReadonlyArray<TypedCase> = [
  // scores, doses and counts in the same frames stay out
  ["Pain 3/10 last night. Took last dose 1/4.", [], ["3/10", "1/4"]],
  ["Strength improved from 3/5 to 4/5; pain from 8/10 to 2/10.", [], ["3/5", "4/5", "8/10", "2/10"]],
  ["Titer from 1/8 to 1/32 over the month.", [], ["1/8"]],
  ["Down from 8/10 yesterday.", [], ["8/10"]],
  ["Next 2/3 of the bottle to be returned.", [], ["2/3"]],
  ["Last 1/2 tab taken at bedtime.", [], ["1/2"]],
  ["Rated 11/10 pain on arrival.", [], ["11/10"]],
  // counts in brackets: a proper fraction of a small total, or a code's digit before the bracket
  ["Cultures positive (2/3). Given (1/3). Score 8 (2/3).", [], ["2/3", "1/3"]],
  ["Adenocarcinoma, pT3 N1a (1/19).", [], ["1/19"]],
  ["Swab 2/3 positive. Labs 2/2 pending review.", [], ["2/3", "2/2"]],
  ["ICU signout 2/2 night float", [], ["2/2"]],
];

const N = "NAME";
const L = "LOCATION";

const TITLED_EPONYMS: ReadonlyArray<TypedCase> = [
  // surnames listed as never a name alone (instruments, signs, incisions) after a person's title, in every case
  ["Backup physician on file: Dr. Pfannenstiel.", [["Pfannenstiel", N]], ["physician"]],
  ["Seen by Dr. Foley today.", [["Foley", N]], ["today"]],
  ["Spoke with Mrs. Apgar about the results.", [["Apgar", N]], ["results"]],
  ["Mr. Babinski was seen in clinic.", [["Babinski", N]], ["clinic"]],
  ["SEEN BY DR. FOLEY TODAY.", [["FOLEY", N]], ["TODAY"]],
  ["CALL DR KOCHER RE: PLAN", [["KOCHER", N]], ["PLAN"]],
  ["seen by dr. foley today.", [["foley", N]], ["today"]],
  // the eponyms alone, after a finding's abbreviation, or short abbreviations after a title, stay words
  ["Foley catheter placed; Babinski negative; Apgar 8 and 9. Mr. Foley catheter out.", [], ["Foley", "Babinski", "Apgar", "Foley catheter out"]],
  ["Trace MR. Foley in place.", [], ["Foley"]],
  ["MILD MR. FOLEY D/C'D.", [], ["FOLEY"]],
  ["MS NO CHANGES. DR CATH LAB AWARE.", [], ["NO", "CATH"]],
  ["812 las palmas dr; medicaid pending", [], ["medicaid"]],
];

const ADDRESS_READINGS: ReadonlyArray<TypedCase> = [
  // a record number's value or a month's year with a comma after it is no house number; "W/" is "with"
  ["MRN 0093317, OB CLINIC W/ DR AKINYEMI. INTERP PRESENT.", [["AKINYEMI", N]], ["CLINIC", "W/"]],
  ["ACCT 4471882, FAMILY CLINIC DR OYELARAN", [["OYELARAN", N]], ["CLINIC"]],
  ["PET JAN 2091, SURVEILLANCE CT MAR 2091.", [], ["SURVEILLANCE"]],
  // a unit's, a box's or a short number's comma stays inside an address, and streets read as before
  // (stop 45, loc45: "TRLR" is a unit word of TAIL_UNITS45 before a number, so the address runs whole to its town;
  // until then the trailer's number opened the town's span, "1108 ELK ST" + "12, ROCK SPRINGS WY")
  ["DESTINY CASTILLO, 1108 ELK ST TRLR 12, ROCK SPRINGS WY 82901", [["DESTINY CASTILLO", N], ["1108 ELK ST TRLR 12, ROCK SPRINGS WY", L]], []],
  ["LIVES AT 4471 OAK HILL DR, SALEM", [["4471 OAK HILL DR, SALEM", L]], ["LIVES"]],
  ["Moved to 16 1/2 Elm Street last year.", [["16 1/2 Elm Street", L]], ["Moved"]],
];

const KIN_AND_STAFF: ReadonlyArray<TypedCase> = [
  // a relative's core-word given name before "with"/"on", a gerund after a modal-shaped name, an in-law before a modal
  ["FH: MOTHER CLIFFORD HAD CABG. SON RUSTY WITH HTN.", [["CLIFFORD", N], ["RUSTY", N]], ["HTN", "CABG"]],
  ["son rusty with htn, daughter ok.", [["rusty", N]], ["htn"]],
  ["LIVES WITH WIFE OPAL ON ROUTE 3.", [["OPAL", N], ["ROUTE 3", L]], ["LIVES"]],
  ["GRANDSON WILL FLYING IN TONIGHT.", [["WILL", N]], ["FLYING", "TONIGHT"]],
  ["HER SON-IN-LAW MARK WILL BE MAIN CAREGIVER.", [["MARK", N]], ["CAREGIVER"]],
  // a staff member's core-word given name before a phone number
  ["CALLED THE NURSE JOY AT 555-0143 RE: BP.", [["JOY", N]], ["NURSE"]],
  ["NURSE NAVIGATOR TRINITY 404-555-0129 X221.", [["TRINITY", N]], ["NAVIGATOR"]],
  ["left msg for nurse joy at 555-0143", [["joy", N]], ["nurse"]],
  // modals, time words, status words and a role's compound stay words
  ["SON WILL BRING HER IN. WIFE PRESENT WITH HIM.", [], ["WILL", "PRESENT"]],
  ["WILL CALL DAUGHTER TOMORROW WITH RESULT.", [], ["TOMORROW"]],
  ["DAUGHTER MAY ON SATURDAY BRING CLOTHES.", [], ["MAY"]],
  ["NURSE LINE AT 555-0143. NURSE WILL CALL 555-0143.", [], ["LINE", "WILL"]],
];

const TRAILERS: ReadonlyArray<TypedCase> = [
  // the signer's initials, a slash and the typist's, after the signed name, closing the line or a column
  ["PROVIDER: SHARONDA WILKES, NP-C   SW/JT\n", [["SHARONDA WILKES", N], ["SW", N], ["JT", N]], ["PROVIDER"]],
  ["RADIOLOGIST: IFEOMA CHUKWU-ADLER, MD    ICA/DW    ELECTRONICALLY SIGNED", [["IFEOMA CHUKWU-ADLER", N], ["ICA", N], ["DW", N]], ["SIGNED"]],
  // a pair of abbreviations, or a slash going on, stays out
  ["SEEN BY DR. THOMAS BROWN. TB/HIV COINFECTION.\n", [["THOMAS BROWN", N]], ["HIV", "COINFECTION"]],
  ["SHARONDA WILKES, NP   SW/N/V\n", [["SHARONDA WILKES", N]], ["N/V"]],
];

const HYPHENATED: ReadonlyArray<TypedCase> = [
  // in ALL CAPS a given name, one blank, a double surname joined by a hyphen
  ["CASE MANAGER: TRUDY ESPINOZA, RN.  SW: GRACE KIM-ALDRIDGE.", [["TRUDY ESPINOZA", N], ["GRACE KIM-ALDRIDGE", N]], ["SW"]],
  ["FAMILY PRESENT: DAUGHTERS ROSE AND FAITH THIBODEAUX-LEMOINE, GRANDSON TOO.", [["ROSE", N], ["FAITH THIBODEAUX-LEMOINE", N]], ["FAMILY", "GRANDSON"]],
  ["CHILD: TO BE MINJUN ABBOT-WHITCOMB AFTER ADOPTION.", [["MINJUN ABBOT-WHITCOMB", N]], ["ADOPTION"]],
  ["CONTACT BISI ADEYEMI-CROSS.", [["BISI ADEYEMI-CROSS", N]], ["CONTACT"]],
  // eponyms, clinical compounds, words of three halves and programmes stay out
  ["HX OF STEVENS-JOHNSON SYNDROME; ARNOLD-CHIARI MALFORMATION.", [], ["STEVENS", "ARNOLD"]],
  ["STEMI POST-TNK, SEEN BY CARDS. PT IS WELL-APPEARING.", [], ["STEMI", "TNK", "WELL"]],
  ["DTAP-IPV-HIB #1 GIVEN. INS: BLUE CROSS MEDI-CAL.", [], ["IPV", "MEDI"]],
];

runTypedTable("stop 38: a given name before a double surname in ALL CAPS", [N], HYPHENATED);

const CAPS_ROWS: ReadonlyArray<TypedCase> = [
  // a titled given name's surname that is no core word, the field ending after it
  ["BACKUP PHYSICIAN: DR. YOLANDA REDBIRD, PAGER 4471.", [["YOLANDA REDBIRD", N]], ["BACKUP", "PAGER"]],
  ["DR. GRACE ADVISED REST.", [["GRACE", N]], ["ADVISED"]],
  // a numbered roster's "LAST, FIRST" before its record number; the code's letters stay the code's
  // (stop 55, id55: the roster's number after its "LAST, FIRST" and a column's gap is the patient's chart, MRN; was ID)
  ["3. FRANK, HOPE  PCH-30609  DOB 07/04/2090\n", [["FRANK, HOPE", N], ["PCH-30609", "MRN"]], ["DOB"]],
  ["2) GRANT, WILL    MRN 4471882\n", [["GRANT, WILL", N], ["4471882", "MRN"]], ["MRN"]],
  ["1. HEAD, NECK  NORMAL 2X\n2. BACK, HIP  8/10\n", [], ["HEAD", "NECK", "BACK", "HIP"]],
  // a newborn's surname after "BABY BOY/GIRL"
  ["NICU: BABY GIRL YOUNG (MOTHER KELSEY YOUNG), 6 LB", [["YOUNG", N], ["KELSEY YOUNG", N]], ["NICU"]],
  ["BABY GIRL DOING WELL. BABY BOY BORN AT 0300.", [], ["DOING", "BORN"]],
];

const ALIGNED: ReadonlyArray<TypedCase> = [
  // a value under an aligned table's header column that names an identifier
  ["VACCINE            DATE          LOT           SITE   GIVEN BY\nHEP B #1           09/10/2086    HB7720A       RVL    NURSERY RN\nMMR #1             09/15/2087    MM8820K       L ARM  CLINIC RN\n",
    [["09/10/2086", "DATE"], ["HB7720A", "ID"], ["09/15/2087", "DATE"], ["MM8820K", "ID"]], ["RVL"]],
  ["Specimen log\nPATIENT   ACCESSION     TEST      STATUS\nbed 4     S24-118830    CBC       final\n",
    [["S24-118830", "ID"]], ["CBC"]],
  // a column of measures, a table with no header, prose: nothing
  ["TEST      RESULT    UNITS    RANGE\nWBC       12400     /uL      4500-11000\n", [], ["12400"]],
  ["HEP B #1           09/10/2086    HB7720A       RVL\n", [["09/10/2086", "DATE"]], ["HB7720A"]],
];

const SPELLED_AGES: ReadonlyArray<TypedCase> = [
  // "ninety" after a copula before a spaced dash, and in apposition after a person's name
  ["SHE IS NINETY-ONE - NOT 93 AS ON THE REFERRAL.", [["NINETY-ONE", "AGE"]], ["REFERRAL"]],
  ["Cares for her mother Mrs. Lottie Frazier, ninety-one, next door.", [["ninety-one", "AGE"]], ["next"]],
  // a measurement's copula, a percentage, no name before the comma
  ["Heart rate is ninety - stable.", [], ["ninety"]],
  ["Mrs. Lottie Frazier, ninety-one percent sure of it.", [], ["ninety"]],
  ["Sats dropped, ninety, then recovered.", [], ["ninety"]],
];

runTypedTable("stop 38: a spelled age over 89 before a dash or in apposition", ["AGE"], SPELLED_AGES);
runTypedTable("stop 38: a value under an aligned table's identifier column", ["DATE", "ID"], ALIGNED);
// (MRN checked too since stop 55, whose id55 types a roster's number after "LAST, FIRST" MRN)
runTypedTable("stop 38: ALL CAPS surnames after a titled given name, in a roster, after BABY BOY/GIRL", [N, "ID", "MRN"], CAPS_ROWS);
runTypedTable("stop 38: the dictation trailer's initials after the signed name", [N, L], TRAILERS);
runTypedTable("stop 38: a relative's or a staff member's given name before with/on, a gerund or a phone", [N, L], KIN_AND_STAFF);
runTypedTable("stop 38: a surname that is an eponym, after a person's title", [N], TITLED_EPONYMS);
runTypedTable("stop 38: record numbers and years are no house numbers", [N, L], ADDRESS_READINGS);
runTypedTable("stop 38: a month and day in the frames notes date things by", [D], FRAMES);
runTypedTable("stop 38: scores, doses and counts in the same frames", [D], NOT_DATES);
