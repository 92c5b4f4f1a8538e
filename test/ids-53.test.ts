// Why this file exists: table tests, with hard negatives, for stop 53's identifier round (id53): a docket that opens
// with its year and a '-' (docket53: "petition 2099-PR00417", not the year alone) and a licence plate after a
// vehicle's word and a state's code with no plate cue (vehiclePlate53: "BOAT VA 4471 BK"), in
// assembly/scanners/id53.ts. Both engines, the three cases. Names and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const TYPES = ["ID", "MRN", "ACCOUNT", "HEALTH_PLAN", "DEVICE", "LICENSE", "VEHICLE", "PHONE", "DATE", "SSN"];

const DOCKETS: readonly TypedCase[] = [
  // letters glued to the digits, letters and groups joined by '-', after words that are no identifier's cue
  ...cases("Son filed for guardianship (petition 2097-PR00512) last week.", [["2097-PR00512", "ID"]], []),
  ...cases("Involuntary hold, probate court petition 2098-MH-31-0207 (Greenville).", [["2098-MH-31-0207", "ID"]], []),
  ...cases("Linked to outbreak cluster 2098-ORE-0112 by WGS.", [["2098-ORE-0112", "ID"]], []),
  ...cases("Docket 2096-CV-01174 continued to May.", [["2096-CV-01174", "ID"]], []),
  // hard negatives (the year alone stays a year): a fiscal year's letters, two digits only, a virus's name, a month
  // and a year after the year, COVID-19
  ...cases("Budget line 2098-FY-2201 closed.", [["2098", "DATE"]], ["FY-2201"]),
  ...cases("Rated 2098-AB-12 on the scale.", [["2098", "DATE"]], ["AB-12"]),
  ...cases("Since 2019-nCoV arrived, visits moved online.", [["2019", "DATE"]], ["nCoV"]),
  ...cases("Filed 2098-Mar-2014 per clerk.", [["2098", "DATE"], ["Mar-2014", "DATE"]], []),
  ...cases("Since 2020-COVID-19 visits fell.", [["2020", "DATE"]], ["COVID-19"]),
];

const PLATES: readonly TypedCase[] = [
  // a plate after a vehicle's word and a state's code: digits and letters in two groups, joined by '-', glued
  ...cases("Works as a crabber, boat VA 5520 KT out of Reedville.", [["VA 5520 KT", "VEHICLE"]], []),
  ...cases("Sleeps on trailer TX 9RL-2207 at the lot.", [["TX 9RL-2207", "VEHICLE"]], []),
  ...cases("Left in his truck NY HKT4471 per police.", [["NY HKT4471", "VEHICLE"]], []),
  // hard negatives: a dose after a code, a state's code that is an English word, a vision score, a time, no digits
  ...cases("Came by car CA 125 mg given at 1300.", [], ["125 mg"]),
  ...cases("Boat OK 44B trip; car IN 2B lot.", [], ["44B", "2B"]),
  ...cases("Truck VA 20/40 OU at last exam.", [], ["20/40"]),
  ...cases("Van at 1300, car ride home.", [], ["1300"]),
  ...cases("Boat MA KT only.", [], ["KT"]),
];

const SCOPES: readonly TypedCase[] = [
  // an endoscope's serial right after its model, no "SN" between
  ...cases("Scope IDs: GIF-H190 3K55102; CF-HQ190L 3C80229\nIndications: screening.", [["3K55102", "DEVICE"], ["3C80229", "DEVICE"]], []),
  ...cases("Colonoscope CF-HQ190L 2915530 used; withdrawal 9 min.", [["2915530", "DEVICE"]], []),
  // hard negatives: a volume after the model, a time, a letter group that is no scope's, a short number
  ...cases("Flushed CF-HQ190L 25 mL saline at 1300.", [], ["25 mL", "1300"]),
  ...cases("Graded EF-55 4471880 in the trial.", [], ["4471880"]),
];

runTypedTable("stop 53 (id53): a docket that opens with its year", TYPES, DOCKETS);
runTypedTable("stop 53 (id53): a plate after a vehicle's word and a state's code", TYPES, PLATES);
runTypedTable("stop 53 (id53): an endoscope's serial right after its model", TYPES, SCOPES);
