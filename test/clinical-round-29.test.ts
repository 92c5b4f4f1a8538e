// Why this file exists: table tests, with hard negatives, for clinical round 29 (stop 38, fx26), read from the blind
// fixture 26's misses: a log's, roster's or line list's row opening with "LAST, FIRST [M]" closed by its record field
// ("03/11 0945  WOODS, FRANK  MRN ...", "STAFF 1 PRICE, SUMMER   CNA", "MCALISTER, J.T. ("BUDDY")  MRN"), a nickname in
// quotes and parentheses after a name ("Kostelnik, Andrew J. ("Drew")"), the signer's and the typist's initials behind
// one slash after a column gap ("TODD ABERCROMBIE, PHARMD, CACP   TA/RMC", "HE/TL"), a lab log's "tech jl", a month/day
// with a padded month that no score writes ("ONSET 03/10 - SEEN", read as a pain score and the log's "03/10 0830" as a
// phone number before), an age over 89 after a row's name and a quoted nickname ("KRAMER, WILLARD "BUD" 90 M"), and the cue words of an aircraft's registration, a booking's reference, a fishing vessel's
// number and a tissue bank's tissue IDs. Both engines. Names, places and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const N = "name:neighbour";
const INI = "name:initial";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a log row's "LAST, FIRST" before its record field, after a clock, a row's number, a colon or "pt"; English words
  ["0945  WOODS, FRANK  MRN PWH0118834  NO-SHOW", [["WOODS, FRANK", N]], ["MRN", "NO"]],
  ["1300  OKAFOR-BELL, GRACE  MRN PWH0991285", [["OKAFOR-BELL, GRACE", N]], ["MRN"]],
  ["1340  Banks, Hope  DOB 4/4/1950", [["Banks, Hope", N]], ["DOB"]],
  ["RES 4  STONE, WILLOW  AGE 88", [["STONE, WILLOW", N]], ["RES", "AGE"]],
  ["PASSENGER: KAHANANUI, LEIMOMI K   DOB 02 FEB 2009", [["KAHANANUI, LEIMOMI K", N]], ["PASSENGER", "DOB"]],
  ["pt may, june  mrn slmc0066312 inr 9.4 called to nurse", [["may, june", N]], ["mrn", "inr"]],
  ["STAFF 1 PRICE, SUMMER   CNA   ONSET", [["PRICE, SUMMER", N]], ["STAFF", "CNA", "ONSET"]],
  // initials for FIRST, a nickname between them and the field
  ["0830  MCALISTER, J.T. (\"BUDDY\")  MRN PWH0330417", [["MCALISTER, J.T", N], ["BUDDY", N]], ["MRN"]],
  // a nickname in quotes and parentheses after a name
  ["Patient: Kostelnik, Andrew J. (\"Drew\")   DOB", [["Kostelnik, Andrew J", N], ["Drew", N]], ["DOB"]],
  ["Seen with Farrow, Irene (\"Renie\") today.", [["Farrow, Irene", N], ["Renie", N]], ["Seen", "today"]],
  // the signer's initials and the typist's behind one slash after a column gap, whatever the credential before them
  // (stop 48, nm48b: a name before a credential at a label's field in ALL CAPS is read by the signature rule now, reason
  // name:credential; the span is the same)
  ["PHARMACIST: TODD ABERCROMBIE, PHARMD, CACP   TA/RMC", [["TODD ABERCROMBIE", "name:credential"], ["TA", INI], ["RMC", INI]], ["CACP"]],
  ["PRONOUNCED BY: HUGO ESCALANTE, MD (HOSPITALIST)   HE/TL", [["HUGO ESCALANTE", N], ["HE", INI], ["TL", INI]], ["HOSPITALIST"]],
  ["Therapist: Kristen Wojtowicz, OTR/L, CHT   KW/amb", [["Kristen Wojtowicz", N], ["KW", INI], ["amb", INI]], ["CHT"]],
  // a lab log's technologist closing the line
  ["k 6.9 called to nurse, read back ok. tech jl\nnext call", [["jl", INI]], ["read", "next"]],
  ["inr 9.4 pt reached at home. tech mo\nlactate 6.1", [["mo", INI]], ["inr", "lactate"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a problem list, allergies, medicines, symptoms and weekdays before a record's field are no row's name
  ["PMH: HTN, DM  AGE 67", [], ["HTN", "DM", "AGE"]],
  ["Dx: COPD, CHF  DOB 1/1/1950", [], ["COPD", "CHF"]],
  ["0915  PAIN, NAUSEA  SEX F", [], ["PAIN", "NAUSEA"]],
  ["Allergies: Penicillin, Sulfa  DOB 1/2/1950", [], ["Penicillin", "Sulfa"]],
  ["Meds: Lasix, Coreg  AGE 70", [], ["Lasix", "Coreg"]],
  ["0800  MONDAY, TUESDAY  AGE 5", [], ["MONDAY", "TUESDAY"]],
  // initials with no field after them are the signature rules' ("SMITH, J.   RN" stays as it was)
  ["SMITH, J.   RN", [], ["SMITH", "RN"]],
  // a quoted phrase in parentheses after a medicine is no nickname
  ["Gave Tylenol (\"extra strength\") today.", [], ["Tylenol", "extra"]],
  // right after the signed name, with nothing between, a slash pair stays abbreviations; a chief complaint's pair too
  ["Dr. Thomas Brown   TB/HIV\nnext", [["Thomas Brown", "name:title"]], ["TB", "HIV"]],
  ["CC: SOB/DOE", [], ["SOB", "DOE"]],
  // "tech" before the ultrasound in capitals, and before nothing
  ["Echo tech US\nnext", [], ["US"]],
  ["Seen by tech\nnext", [], ["tech"]],
];

const TYPED: ReadonlyArray<TypedCase> = [
  // a month/day with a padded month: a date, never a score; the log's clock after it no phone number
  ["03/10 0830  WOODS, FRANK  MRN PWH0118834", [["03/10", "DATE"]], []],
  ["ONSET 03/10 - SEEN AT CLINIC", [["03/10", "DATE"]], ["ONSET"]],
  ["UNIT CLOSED TO ADMISSIONS 03/10; BLEACH", [["03/10", "DATE"]], ["BLEACH"]],
  // hard negatives: scores out of ten after their word, and unpadded
  ["pain 03/10 at rest", [], ["03/10"]],
  ["Pain 3/10 today", [], ["3/10"]],
  ["reported a headache 4/10", [], ["4/10"]],
  ["strength 04/05 bilaterally", [], ["04/05"]],
  // an age over 89 after a row's "LAST, FIRST" and a nickname in quotes, its sex letter one blank on
  ["RES 4  KRAMER, WILLARD \"BUD\" 90 M  RM 21", [["90", "AGE"]], ["RM"]],
  ["Smith, John \"Jack\" 92 M, fell at home", [["92", "AGE"]], ["fell"]],
  // hard negatives: temperatures after a symptom's list, a quoted phrase, an age under 90
  ["fever, chills 101 F overnight", [], ["101"]],
  ["fevers \"on and off\" 101 F", [], ["101"]],
  ["Smith, John \"Jack\" 88 M, fell at home", [], ["88"]],
  // an aircraft's registration, a booking's reference, a fishing vessel's number, a tissue bank's tissue IDs
  ["AIRCRAFT N447CA (BELL 407)   BASE: AIRPORT", [["N447CA", "ID"]], ["BELL", "407"]],
  ["BOOKING REF HX7K2Q   FLIGHT HA 148", [["HX7K2Q", "ID"]], ["FLIGHT"]],
  ["he fishes on the F/V AK-4471-SK out of Sitka.", [["AK-4471-SK", "ID"]], ["fishes"]],
  ["Whole globes, tissue IDs RS99-0227-OD and others.", [["RS99-0227-OD", "ID"]], ["globes"]],
  ["Booking # 2097-004417 at the county jail", [["2097-004417", "ID"]], ["county"]],
  // hard negatives: the cue words before counts and words
  ["Aircraft: Bell 407 from base", [], ["Bell", "407"]],
  ["aircraft 2 of 3 available", [], ["aircraft"]],
  ["Tissue ID pending", [], ["pending"]],
  ["booking ref pending", [], ["pending"]],
];

runPlaceTable("clinical round 29: log rows' LAST, FIRST, nicknames, slash initials, tech initials (stop 38, fx26)", [...POSITIVES, ...NEGATIVES]);
runTypedTable("clinical round 29: padded month/day dates, row ages after a nickname, aircraft, booking, vessel and tissue IDs (stop 38, fx26)", ["DATE", "ID", "PHONE", "AGE"], TYPED);
