// Why this file exists: table tests, with hard negatives, for stop 45's round on identifiers, MRNs, ages, dates and
// phones (id45), read from the misses of fixtures 28-32 in all three cases: a code's letters standing alone between an
// identifier's cue and its number open it (id45.ts cuePrefix45: "MRN NRV 7720441", "plate TX KJR-4471", "A-number A
// 204-471-889"), an ISBT 128 unit number with its letter in lower case (ids.ts scanBloodUnit), a glued lower-case day in a
// column or before a clock time and an ISO time stamp's lower-case 't' (date.ts), a lower-case dated heading ("mar 13:"),
// and an X12 CCYYMMDD read by the calendar (x12.ts). Both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // a facility's code between the cue and the number (cuePrefix45), in every case
  ["Newborn seen today, MRN NRV 7720441, born at term.", [["NRV 7720441", "MRN"]], ["Newborn"]],
  ["Exemption filed; student ID CCPS 447182 on file.", [["CCPS 447182", "ID"]], ["Exemption"]],
  ["Seen with father; acct ACU 99031411 updated.", [["ACU 99031411", "ACCOUNT"]], ["father"]],
  // a state's code before a plate or a licence, the number opening with letters or digits
  ["Truck plate TX KJR-4471 seen leaving.", [["TX KJR-4471", "VEHICLE"]], ["leaving"]],
  ["Driver's license TN 118204477 scanned to chart.", [["TN 118204477", "LICENSE"]], ["scanned"]],
  // two letter groups joined by '-'
  ["Medicaid: MA ID ND-MA 004471882 active.", [["ND-MA 004471882", "ID"]], ["active"]],
  // a series' ISBT 128 unit number with its letter in lower case (scanBloodUnit)
  ["Product: bag w0447 99 014182 - 3.1 x10^6 cd34/kg", [["w0447 99 014182", "ID"]], ["Product"]],
  // a glued day in lower case before a 24-hour clock time, or alone in a column (gluedLowerFree45)
  ["Accession 41 printed 14mar2099 0640 by desk", [["14mar2099", "DATE"]], ["0640"]],
  ["claim 7720418-99      14mar2099", [["7720418-99", "ID"], ["14mar2099", "DATE"]], []],
  // an ISO time stamp with a lower-case 't' (timeAfter)
  ["2099-03-14t01:12 withdrawal of support", [["2099-03-14t01:12", "DATE"]], ["withdrawal"]],
  // a dated entry's heading opening its line (lowerMonthDayCued36)
  ["Diary kept.\nmar 13: pharmacy called back", [["mar 13", "DATE"]], ["pharmacy"]],
  // an X12 date of the calendar; February's 31st is none (ccyymmdd by dateOk)
  ["DTP*472*D8*20990231~DTP*472*D8*20990228~", [["20990228", "DATE"]], ["20990231"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // a label's or prose's word between the cue and the number is no code's letters (NOT_PREFIX45)
  ["Chart review: MRN number 4471820 confirmed.", [["4471820", "MRN"]], ["number"]],
  ["Billing: acct is 44718207 per office.", [["44718207", "ACCOUNT"]], ["is"]],
  ["License form 44718 was mailed.", [["44718", "LICENSE"]], ["form"]],
  ["Report: ID: WBC 12000 noted.", [["12000", "ID"]], ["WBC"]],
  ["Pathology report case GCP-S98-11842 signed", [["GCP-S98-11842", "ID"]], ["case"]],
  // a credential's letter glued to its '-' is no series' letter
  ["PCR by J. Pauley, NREMT-P P2204418.", [["P2204418", "LICENSE"]], ["NREMT-P"]],
  // scores, codes, lab values, vitals and rooms stay unfound
  ["Pain 3/10; CPT 99213; ICD-10 I10; glucose 112 mg/dL; BP 128/76; room 412", [], ["3/10", "99213", "I10", "112", "128/76", "412"]],
];

/** Rows whose rule reads a letter's case: a capital alone, and the article in lower case. */
const CASED: TypedCase[] = [
  ["Client A-number A 204-471-889 per counsel.", [["A 204-471-889", "ID"]], ["Client"]],
  ["CLIENT A-NUMBER A 204-471-889 PER COUNSEL.", [["A 204-471-889", "ID"]], ["CLIENT"]],
  ["client a-number a 204-471-889 per counsel.", [["204-471-889", "ID"]], ["client"]],
  ["Policy: I 44718207 on file", [["44718207", "HEALTH_PLAN"]], []],
  // a code glued to letters after one word stays a code in mixed and lower case (the capitals are a day, as before)
  ["Issued under code 12mar2019 today", [], ["12mar2019"]],
  ["issued under code 12mar2019 today", [], ["12mar2019"]],
];

runTypedTable("ids round 45: identifiers, MRNs, dates (stop 45, id45)",
  ["ID", "MRN", "AGE", "PHONE", "FAX", "DATE", "LICENSE", "VEHICLE", "ACCOUNT", "HEALTH_PLAN", "DEVICE"],
  [...POSITIVES.flatMap(cases3), ...NEGATIVES.flatMap(cases3), ...CASED]);
