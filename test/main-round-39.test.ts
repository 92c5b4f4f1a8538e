// Why this file exists: table tests, with hard negatives, for stop 39's round on main, read from the ALL CAPS and
// lower-case name misses of fixtures 1-26 in shapes the helpers did not hold. In ALL CAPS a given name and a surname that
// are both core English words ("GRACE HILL", "BILL SMITH", "DAWN WOOD") after a person's label and its colon, or after
// "PT" with the field closed by a column's blanks (detect.ts labelPair39): mixed case says it with capitals, ALL CAPS
// only with the label and the field's end. A study's or a consent's "initials" field (initialsField39). A message
// header's sender after "From:" in lower case and ALL CAPS (messageSender39). The typist's initials after a dictation's
// clock when the job number's label follows on the line (jobLabelNext39). Every positive was a leak. Both engines; every
// name and number is made up. Also an extension of three to five digits after a name's comma (phone.ts
// scanNamedExtension39), a 22nd-century year after "s/p" and a procedure (date.ts statusPostBefore39), a capitalised
// month after a word that schedules an event (detect.ts monthEventBefore39), and a case's, a claim's or a docket's number after its word (ids.ts scanCaseCode39).
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const LABEL_PAIRS: ReadonlyArray<TypedCase> = [
  // a person's label and its colon, two core words closing the field
  ["PATIENT: GRACE HILL   MRN 4410022", [["GRACE HILL", N]], ["PATIENT", "MRN"]],
  ["NAME: DAWN WOOD   DOB 01/02/1950", [["DAWN WOOD", N]], ["NAME", "DOB"]],
  ["PATIENT: WADE HUNT\nDOB: 01/02/1950", [["WADE HUNT", N]], ["DOB"]],
  ["MOTHER: JOY BAKER   PHONE 555-0110", [["JOY BAKER", N]], ["MOTHER", "PHONE"]],
  ["PT: BILL SMITH, 67M, ADMITTED FOR CHF.", [["BILL SMITH", N]], ["ADMITTED", "CHF"]],
  // "PT" without a colon: a column's blanks close the field
  ["PT BILL PRAY  MRN SLMC0058820", [["BILL PRAY", N]], ["MRN"]],
  // a modal first, no given name first, a chief complaint, a field that goes on: nothing
  ["PT: WILL WALK\nWITH ASSIST.", [], ["WILL", "WALK"]],
  ["PT: MAY CALL  IF WORSE", [], ["MAY", "CALL"]],
  ["CC: CHEST PAIN   X 2 DAYS", [], ["CHEST", "PAIN"]],
  ["PATIENT: ALERT AND ORIENTED", [], ["ALERT", "ORIENTED"]],
  ["PT TOLERATED DIET  WELL", [], ["TOLERATED", "DIET"]],
  ["NAME: MARK WHITE BLOOD CELLS ON SLIDE", [], ["MARK", "WHITE", "BLOOD"]],
];

const INITIALS: ReadonlyArray<TypedCase> = [
  // a person's initials after the word "initials"
  ["CONSENT SIGNED.  INITIALS: MCAQ\nINTERPRETER USED: YES", [["MCAQ", N]], ["CONSENT", "INTERPRETER"]],
  ["Subject ID 0417-0093 (initials R-O-M). Visit 6 (Week 24).", [["R-O-M", N]], ["Visit"]],
  ["SUBJECT 014-0072   INITIALS R-L-B   YEAR OF BIRTH 1961", [["R-L-B", N]], ["YEAR", "BIRTH"]],
  ["patient initials: j.r. on the log", [["j.r.", N]], ["log"]],
  // a word after it, or none
  ["INITIALS: YES", [], ["YES"]],
  ["initials of the nurse on the form", [], ["nurse", "form"]],
  ["INITIALS: N/A", [], ["N/A"]],
  ["Patient initials and date on each page.", [], ["date", "page"]],
];

const HEADERS: ReadonlyArray<TypedCase> = [
  // a message header's sender after "From:", the next line or the line before a header's label
  ["FROM: DAWN HOLLICK\nTO: DR. MARCHBANKS\nSENT: 03/09/2071 8:14 PM", [["DAWN HOLLICK", N], ["MARCHBANKS", N]], ["SENT"]],
  ["from: dawn hollick\nto: dr. marchbanks\nsubject: refill", [["dawn hollick", N], ["marchbanks", N]], ["refill"]],
  ["To: Dr. Marchbanks\nFrom: Grace Hill\nSubject: refill", [["Marchbanks", N], ["Grace Hill", N]], ["refill"]],
  // a desk or a team, no header label near
  ["from: front desk\nto: dr. marchbanks", [["marchbanks", N]], ["front", "desk"]],
  ["FROM: CARE TEAM\nTO: PATIENT", [], ["CARE", "TEAM"]],
  ["from: grace hill\nshe called back", [], ["called"]],
];

const TRAILERS: ReadonlyArray<TypedCase> = [
  // the typist's initials after the dictation's clock, the job number's label after them
  ["DICTATED: 9/3/2096 11:20   TRANSCRIBED: 9/3/2096 15:47 KJB   JOB: 554128", [["KJB", N]], ["JOB"]],
  ["transcribed: 9/3/2096 15:47 kjb   job: 554128", [["kjb", N]], ["job"]],
  // no verb of dictation on the line: a test's name
  ["RESULTED 9/3/2096 15:47 CBC   JOB: 554128", [], ["CBC"]],
];

const CASE_CODES: ReadonlyArray<TypedCase> = [
  // a case's, a claim's or a docket's number after its word: a code with four digits or more, or six to twelve digits
  ["Referral: Ward County drug court (case 51-2096-CR-01412), PO to call.", [["51-2096-CR-01412", "ID"]], ["Referral"]],
  ["MENTAL HYGIENE PETITION, KANAWHA COUNTY CASE 97-MH-0214)", [["97-MH-0214", "ID"]], ["PETITION"]],
  ["COURT: DUNKLIN COUNTY DRUG COURT, CASE 22DU-CR00417, PROBATION", [["22DU-CR00417", "ID"]], ["PROBATION"]],
  ["report filed by the harbor patrol, case 1188402. Employer notified.", [["1188402", "ID"]], ["Employer"]],
  ["claim # 44718203 filed with the carrier", [["44718203", "ID"]], ["carrier"]],
  // counts, case reports, volumes, dates and short numbers: no ID
  ["This was case 2 of 3 today.", [], ["2", "3"]],
  ["Case: 45-year-old man with chest pain.", [], ["45-year-old"]],
  ["During the case 3600 mL blood loss.", [], ["3600"]],
  ["In case 911 is needed, call.", [], ["911"]],
];

const EXTENSIONS: ReadonlyArray<TypedCase> = [
  // three to five digits after "ext" and a capitalised name's comma
  ["SURGERY SCHEDULER TONYA BRYANT, EXT 308.", [["308", "PHONE"]], ["SCHEDULER"]],
  ["The referral, which my office (Carla, ext. 214) will send.", [["214", "PHONE"]], ["referral"]],
  // a range of motion, a degree, a number before the comma
  ["ROM: flex/ext 0-120, ext 308 deg", [], ["308"]],
  ["Knee flexion 120, ext 10.", [], ["120", "10"]],
  ["Flexion, ext 110 deg", [], ["110"]],
];

const YEARS_AND_MONTHS: ReadonlyArray<TypedCase> = [
  // a 22nd-century year after "s/p" and a procedure (date-shifted records), a capitalised month after a scheduling word
  ["- BPH s/p TURP 2139", [["2139", "DATE"]], ["TURP"]],
  ["- CKD 3, s/p TAH 2112 at the county hospital", [["2112", "DATE"]], ["TAH"]],
  ["Stress test normal, repeat AAA US June. Call with results.", [["June", "DATE"]], ["results"]],
  ["Next: stress test, return Jun or sooner.", [["Jun", "DATE"]], ["sooner"]],
  ["EPO per protocol, recheck access flow June.", [["June", "DATE"]], ["EPO"]],
  ["REPEAT CT JUNE.", [["JUNE", "DATE"]], ["REPEAT"]],
  // a clock time, a quarter hour, lower case "may"
  ["s/p MVC at 2130 hrs", [], ["2130"]],
  ["s/p fall 2130, seen at the ED", [], ["2130"]],
  ["pain may return may be worse", [], ["may"]],
];

runTypedTable("stop 39: a late year after s/p, a month after a scheduling word", ["DATE"], YEARS_AND_MONTHS);
runTypedTable("stop 39: an extension after a name's comma", ["PHONE"], EXTENSIONS);
runTypedTable("stop 39: a case's, a claim's or a docket's number", ["ID"], CASE_CODES);
runTypedTable("stop 39: ALL CAPS core-word names after a person's label", [N], LABEL_PAIRS);
runTypedTable("stop 39: initials after the word initials", [N], INITIALS);
runTypedTable("stop 39: a message header's sender", [N], HEADERS);
runTypedTable("stop 39: the typist's initials before the job number's label", [N], TRAILERS);
