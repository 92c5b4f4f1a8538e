// Why this file exists: table tests, with hard negatives, for clinical round 28 (stop 37), read from the blind fixture
// 25's misses: a second given name or a middle "A"/"I" closing "LAST, FIRST" before a record's field ("PT TOLLIVER,
// BOBBY RAY MRN ..."), a given name before a credentialed hyphenated surname ("EXAMINER: FRANK ODUYA-STRAND, MD"),
// "LAST, FIRST" after "pt" with no colon in lower case ("pt crane, lester, 71 m"), a town of English words between a
// facility's comma and its state's code ("Harbor Point Dialysis, Pelican Bay, FL"), month/year and glued-date ranges
// ("03/2015-06/2019", read as a phone number before; "09MAR2099-13MAR2099"), glued dates in lower case after a date's
// cue ("dob 14sep2031"), and the cue
// words of a provider's, a court's and an SSA request's numbers. Both engines. Names, places and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const N = "name:neighbour";
const CRED = "name:credential";
const FAC = "location:facility";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a second given name that is also an English word, or a middle "A"/"I", closing "LAST, FIRST" before a record's field
  ["PT TOLLIVER, BOBBY RAY MRN QX-118204", [["TOLLIVER, BOBBY RAY", N]], ["MRN"]],
  ["REQ 0118  PT PRUETT, JIMMY DALE MRN HZ-0417", [["PRUETT, JIMMY DALE", N]], ["MRN"]],
  ["DECEDENT HAMBY, OSCAR A MRN KV-440172", [["HAMBY, OSCAR A", N]], ["MRN"]],
  ["PATIENT: HART, MARY I AGE 50", [["HART, MARY I", N]], ["AGE"]],
  ["Pt: Dunaway, Mavis J DOB 3/4/1950", [["Dunaway, Mavis J", N]], ["DOB"]],
  // a given name before a hyphenated surname that its credential decided, in capitals and in mixed case
  ["EXAMINER: FRANK ODUYA-STRAND, MD", [["FRANK ODUYA-STRAND", CRED]], ["EXAMINER"]],
  ["Examiner: Grace Whitcombe-Ade, MD.", [["Grace Whitcombe-Ade", CRED]], ["Examiner"]],
  ["EPIDEMIOLOGIST: JUN TAKAHASHI-MOORE, MPH", [["JUN TAKAHASHI-MOORE", CRED]], ["EPIDEMIOLOGIST"]],
  // "LAST, FIRST" after "pt" with no colon in lower case, the field closing after it
  ["pt crane, lester, 71 m, stemi post-tnk", [["crane, lester", N]], ["stemi"]],
  ["vanc log 03:05 pt frank, julius, mrn 1234: level due", [["frank, julius", N]], ["mrn", "level"]],
  ["morgue log 0915 decedent hamby, oscar a mrn kv-440172", [["hamby, oscar a", N]], ["mrn"]],
  // a town of English words between a facility's comma and its state's code
  ["Records from Harbor Point Dialysis, Pelican Bay, FL — fax", [["Harbor Point Dialysis, Pelican Bay, FL", FAC]], ["Records", "fax"]],
  ["Seen at Baptist Hospital, Gulf Breeze, FL 32561.", [["Baptist Hospital, Gulf Breeze, FL 32561", FAC]], ["Seen"]],
  ["ST. ALDRIC MEDICAL CENTER, TWIN FALLS, ID\nSTUDY DATE 03/13/2099", [["ST. ALDRIC MEDICAL CENTER, TWIN FALLS, ID", FAC]], ["STUDY"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // "A" and "I" are words unless a record's field follows them; no second given name before a clause goes on
  ["PT: SMITH, JOHN A 45 YO MALE", [["SMITH, JOHN", N]], ["45", "YO"]],
  ["GIVEN TO SMITH, JOHN A DOSE", [["SMITH, JOHN", N]], ["DOSE"]],
  // no given name before the hyphenated surname: the department stays a word
  ["Seen in Cardiology Lopez-Garcia, MD", [["Lopez-Garcia", CRED]], ["Cardiology"]],
  // lower case: a state and a word after "pt" are no name, nor a modal verb after the comma
  ["pt better, will call back", [], ["better", "will"]],
  ["pt stable, alert and oriented", [], ["stable", "alert"]],
  ["pt young, healthy male", [], ["young", "healthy"]],
  // after a facility's comma, a department and a credential or a word that is a state's code are no town
  ["Followed at Riverside Clinic, Renal Failure, OR surgery", [["Riverside Clinic", FAC]], ["Renal", "Failure", "surgery"]],
  ["Seen at Oakview Clinic, Pain Management, MD to follow.", [["Oakview Clinic", FAC]], ["Pain", "Management"]],
];

const TYPED: ReadonlyArray<TypedCase> = [
  // a range of two months and years joined by a dash: two dates, no phone number
  ["Employed 03/2015-06/2019 at the mill.", [["03/2015", "DATE"], ["06/2019", "DATE"]], ["mill"]],
  ["DEPLOYED 09/2098-02/2099 TO KUWAIT", [["09/2098", "DATE"], ["02/2099", "DATE"]], ["DEPLOYED"]],
  // glued dates joined by a dash, and in lower case
  ["HOSPITALIZATION 09MAR2099-13MAR2099 AT OUTSIDE HOSPITAL", [["09MAR2099", "DATE"], ["13MAR2099", "DATE"]], ["OUTSIDE"]],
  ["dob 14sep2031, dos: 09mar2099", [["14sep2031", "DATE"], ["09mar2099", "DATE"]], []],
  ["admission date: 09mar2099-13mar2099", [["09mar2099", "DATE"], ["13mar2099", "DATE"]], ["admission"]],
  // a provider's number with a programme or a hospice, a court's number after its name, an SSA request ID
  ["DOL PROVIDER # WV-DOL-5520", [["WV-DOL-5520", "ID"]], ["DOL"]],
  ["Hospice Provider No. 45-1887", [["45-1887", "ID"]], ["Hospice"]],
  // (the merge of stop 56: oh56 finds the court after its town, whole, as fixtures 28 and 29 label a court; the row had
  // "CIRCUIT" untouched from when no rule found it; this table reads ids and dates only. The docket's number stays the
  // case's ID, no part of the court's name, and its label stays a word)
  ["HOLCOMB CIRCUIT COURT NO. 97-CI-00318", [["97-CI-00318", "ID"]], ["NO."]],
  ["Claimant: Doe. RQID T44120887.", [["T44120887", "ID"]], ["Claimant"]],
  // hard negatives: titres, a code with a month inside, counts after the cue words
  ["titre 1/2000-1/4000 noted", [], ["titre"]],
  ["code abc12mar2019x", [], ["code"]],
  // (a lower-case month glued between digits with no date's cue stays a code: test/scanners.test.ts's row)
  ["onset 09mar2099, lot 12mar2019", [], ["onset", "lot"]],
  ["provider #2 of 3 on call", [], ["provider"]],
  ["The court no longer requires it.", [], ["court"]],
];

runPlaceTable("clinical round 28: LAST, FIRST closings, given names before hyphenated surnames, towns after a facility (stop 37)", [...POSITIVES, ...NEGATIVES]);
runTypedTable("clinical round 28: month/year and glued-date ranges, provider, court and RQID numbers (stop 37)", ["DATE", "ID", "PHONE"], TYPED);
