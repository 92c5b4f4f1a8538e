// Why this file exists: table tests, with hard negatives, for stop 53's hospital rule (hs53): a hospital's initialism
// ending in "MC" or "H" right after "at", "to" or "from" in ALL CAPS and lower-case text (hospInit53() in
// assembly/names/r53_hs53.ts), which org33's firmAfterWhere33() reads in mixed case only. Each positive row in mixed
// case (the older rule), ALL CAPS and lower case. Both engines. Hospitals and initialisms are made up.
import { casedRows, casedRowsEach, caselessRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const INITIALS: TypedCase[] = [
  ...casedRows("Prior MBS at HPRMC Aug 2093 showed mild dysphagia.", [["HPRMC", L]], ["MBS", "dysphagia"]),
  ...casedRows("Presented to SMH with RUQ pain and fever.", [["SMH", L]], ["Presented", "RUQ", "pain"]),
  ...casedRows("Outside records faxed from KVMC yesterday.", [["KVMC", L]], ["records", "yesterday"]),
  ...casedRows("Return or go to the ED at OVMC if worse.", [["OVMC", L]], ["ED", "worse"]),
  ...casedRows("Crossmatch tubes sent to VUMC stat.", [["VUMC", L]], ["Crossmatch", "stat"]),
  ...casedRows("Two removals to ECMC this year.", [["ECMC", L]], ["removals", "year"]),
  ...casedRows("Son will meet him at ANMC.", [["ANMC", L]], ["Son"]),
  ...casedRows("Labs drawn at NSMH on Monday.", [["NSMH", L]], ["Labs", "drawn"]),
];

// ALL CAPS and lower case: the clinical initialisms of the same shape after "at", "to" or "from", English words ending
// in "h" (a vowel before it), and the thumb's joint
const NEGATIVES: TypedCase[] = [
  ...caselessRows("Driving at 60 mph when hit; at mph limits.", [], ["mph"]),
  ...caselessRows("Switched to NPH 10 units at bedtime.", [], ["NPH", "units"]),
  ...caselessRows("Bridge to LMWH then warfarin.", [], ["LMWH", "warfarin"]),
  ...caselessRows("Transition to UFH drip tonight.", [], ["UFH", "drip"]),
  ...caselessRows("Retention due to BPH; strain from LVH.", [], ["BPH", "LVH"]),
  ...caselessRows("Thumb pain at CMC joint, tender at CMC.", [], ["CMC", "joint"]),
  ...caselessRows("Exposure to MMC during the case.", [], ["MMC"]),
  ...caselessRows("Titrate to TSH in range; seen at PMH review.", [], ["TSH", "PMH"]),
  ...caselessRows("He went to bath and then to lunch with Beth.", [], ["bath", "lunch"]),
  ...caselessRows("Sent to PACU at noon.", [], ["PACU", "noon"]),
];

// a facility's branch town after its dash, whose feature word the older rules left out
const BRANCHES: TypedCase[] = [
  ...casedRows("CT 4/18 at Calloway Santa Rosa Hospital - Westover Hills: 6 mm stone.",
    [["Calloway Santa Rosa Hospital - Westover Hills", L]], ["stone"]),
  // (mixed case only: in ALL CAPS and lower case the older rules end the facility at "clinic")
  ["Referred to Dr. Ada Lamarre at UnityPoint Clinic Family Medicine - Peoria Heights.",
    [["UnityPoint Clinic Family Medicine - Peoria Heights", L]], ["Referred"]],
  ...casedRows("Seen at Hill Country Memorial - Fredericksburg Crossing today",
    [["Hill Country Memorial - Fredericksburg Crossing", L]], ["Seen", "today"]),
  // (a word glued by a hyphen after the feature word keeps the older span)
  ...casedRowsEach("Seen at Mercy Hospital - Bristol Hills-based team.",
    [[["Mercy Hospital - Bristol", L]], [["MERCY HOSPITAL", L]], [["mercy hospital", L]]], ["Hills", "team"]),
];

runTypedTable("hs53: a facility's branch town and its feature word after the dash", [L], BRANCHES);
runTypedTable("hs53: a hospital's initialism after at, to or from (ALL CAPS and lower case)", [L], INITIALS);
runTypedTable("hs53: hard negatives", [L], NEGATIVES);
