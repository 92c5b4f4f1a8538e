// Why this file exists: table tests for stop 62's identifier and date round (ni62): identifiers after a bare cue word
// without '#' or ':' (src/builtins.ts: "Subjects", "Booking", "Access Code", "Share Code", "Study No", "Enc", "CCN",
// "PTAN"), the quantity such a cue's number can be (assembly/scanners/ni62.ts quantity62: "subjects 18-65 years"),
// and ranges of years closed by two digits or crossing into 2100 (shortYearRange62, rangeYearLimit62), in three
// cases on both engines, with hard negatives: doses, lab values, ICD codes, times, "booking an appointment".
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const IDS: ReadonlyArray<TypedCase> = [
  // (before the round: nothing, or a phone without its area code)
  ...casedRows("Monitoring visit: subjects 109-0012 and consent forms reviewed.\n", [["109-0012", "ID"]], []),
  ...casedRows("SDV: 100% for subjects 303-0008 today.\n", [["303-0008", "ID"]], []),
  ...casedRows("Inmate seen at intake (booking P889104), CHS chart opened.\n", [["P889104", "ID"]], ["intake"]),
  ...casedRows("HEP issued via MedBridge, access code K7RQ2WX.\n", [["K7RQ2WX", "ID"]], []),
  ...casedRows("Clarity clinic share code CLN-9Q4-XT7 sent to the endocrinologist.\n", [["CLN-9Q4-XT7", "ID"]], []),
  ...casedRows("Registry: Study no. TB38-HI-0019 on file.\n", [["TB38-HI-0019", "ID"]], []),
  ...casedRows("Bronchoscopy   Enc: 400188127\n", [["400188127", "ID"]], []),
  ...casedRows("Dialysis unit CCN 527041 reported the census.\n", [["527041", "ID"]], []),
  ...casedRows("Billing: PTAN G447192 on the claim.\n", [["G447192", "ID"]], []),
  // (hard negatives: an age or dose range, a count, a dose, a lab value, an ICD code, a time, no number at all)
  ...casedRows("Eligible subjects 18-65 years were enrolled.\n", [], ["18-65"]),
  ...casedRows("Subject 2000 mg acetaminophen daily.\n", [], ["2000 mg"]),
  ...casedRows("Subjects 2-4 mg twice daily per protocol.\n", [], ["2-4 mg"]),
  ...casedRows("Kit 1500 cells per well.\n", [], ["1500 cells"]),
  ...casedRows("Help booking an appointment with cardiology next week.\n", [], ["booking an appointment"]),
  ...casedRows("Access code was reset; subjects enrolled 12; Hgb 10.4.\n", [], ["Access code", "12", "10.4"]),
  ...casedRows("Enc for E11.9 reviewed at 1430; CCN pending.\n", [], ["E11.9", "1430", "CCN pending"]),
];
runTypedTable("stop 62 ni62: identifiers after a bare cue word, and a cue's quantity", ["ID", "PHONE", "MRN", "DATE"], IDS);

const YEARS: ReadonlyArray<TypedCase> = [
  // (before the round: nothing; the four-digit range found "1969-1971" already)
  ...casedRows("Served US Army 1969-71 in the 1st Cavalry Division.\n", [["1969", "DATE"], ["71", "DATE"]], []),
  ...casedRows("Permission form, school year 2023-24, on file.\n", [["2023", "DATE"], ["24", "DATE"]], []),
  ...casedRows("Worked the farm 1998-99, then moved.\n", [["1998", "DATE"], ["99", "DATE"]], []),
  // (a school year as date-shifted records write it, into 2100: only after a first year no clock time can be)
  ...casedRows("Medication at School   School year 2099-2100\n", [["2099", "DATE"], ["2100", "DATE"]], []),
  ...casedRows("For the 2099\u20132100 school year, nurse visits daily.\n", [["2099", "DATE"], ["2100", "DATE"]], []),
  // (hard negatives: a clock range, a code, a dose range, a time range into 2100's clock)
  ...casedRows("Seen 1930-45 by the night nurse.\n", [], ["1930-45"]),
  ...casedRows("Vendor bid BID-2099-14 accepted.\n", [], []),
  ...casedRows("Take 1975-80 mg per the table.\n", [], ["1975-80"]),
  ...casedRows("Quiet hours 2130-2145 on the unit.\n", [], ["2130-2145"]),
];
runTypedTable("stop 62 ni62: ranges of years closed by two digits or crossing into 2100", ["DATE"], YEARS);
