// Why this file exists: table tests, with hard negatives, for clinical round 24 (stop 33), read from fixture 21's
// misses: a military unit by its number and its kind ("1st Cavalry Division", "10TH MTN DIV", "2-22 INF"), police,
// drillers and specialists as organisation heads ("Tacoma Police", "Nabors Drilling", "Lake Surgical Specialists"), a
// day written "12FEB97", the first of two days before "and" and a whole date ("2/3 and 2/5/2097"), and the cues of a
// court's cause number, a portal's activation code and the VA's ICN. Both engines. Names, places and numbers are made
// up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ORG = "location:organization";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a military unit: an ordinal, up to two words and the unit's kind, or a battalion's "N-NN" and its arm
  // (stop 33: org33's armed-service rule takes "US Army" too, and the two organisations, a comma apart, are one span)
  ["Served US Army, 1st Cavalry Division, in the Central Highlands.", [["US Army, 1st Cavalry Division", ORG]], ["Served", "Highlands"]],
  // (two organisations a comma apart are reported as one span, as the older rules' are)
  ["UNIT: B CO, 2-22 INF, 10TH MTN DIV", [["2-22 INF, 10TH MTN DIV", ORG]], ["UNIT"]],
  ["ASSIGNED TO 2-22 INF SINCE MARCH", [["2-22 INF", ORG]], ["ASSIGNED", "MARCH"]],
  ["He jumped with the 82nd Airborne Division twice.", [["82nd Airborne Division", ORG]], ["jumped", "twice"]],
  ["Deployed with the 3rd Battalion, then the 5th Marines.", [["3rd Battalion", ORG], ["5th Marines", ORG]], ["Deployed"]],
  ["Prior service in 2-299th Infantry as a medic.", [["2-299th Infantry", ORG]], ["service", "medic"]],
  ["He flew with the 4th Squadron in Iraq.", [["4th Squadron", ORG], ["Iraq", "location:country"]], ["flew"]],
  // police, drillers and specialists after a place, a name or invented words
  ["Seen after a scam (Tacoma Police report on file).", [["Tacoma Police", ORG]], ["scam", "report"]],
  ["Laid off from Hallgrimson Drilling in 2094.", [["Hallgrimson Drilling", ORG]], ["Laid"]],
  ["Followed by Kettering Lake Surgical Specialists for the hernia.", [["Kettering Lake Surgical Specialists", ORG]], ["hernia"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // an ordinal before a unit's kind in lower case, or before another word, stays words
  ["Injury to the 2nd division of the trigeminal nerve.", [], ["division", "trigeminal"]],
  ["Gave the 1st inf dose at 10:00.", [], ["inf", "dose"]],
  ["Moved to the 3rd Floor for telemetry.", [], ["Floor", "telemetry"]],
  ["pain 2-3 cm inferior to the scar", [], ["inferior", "scar"]],
  ["Grade 2-3 Cavitary lesion.", [], ["Cavitary", "lesion"]],
  // English words alone before the new heads stay words
  ["State Police brought him in after the crash.", [], ["State", "Police", "crash"]],
  ["The police were called by a neighbor.", [], ["police", "neighbor"]],
  ["Referred to Asthma Specialists for testing.", [], ["Asthma", "Specialists"]],
  ["Bone drilling was done under fluoroscopy.", [], ["drilling", "fluoroscopy"]],
];

runPlaceTable("clinical round 24: military units, police, drillers and specialists", POSITIVES);
runPlaceTable("clinical round 24: ordinals before other words, English words before the new heads", NEGATIVES);

const SCANS: ReadonlyArray<TypedCase> = [
  // a day written with a two-digit year and the month in capitals
  ["SEEN AT THE ED OFF POST (WATERTOWN) 12FEB97, XR NEG", [["12FEB97", "DATE"]], ["POST", "NEG"]],
  ["STRAIN 12XYZ97 GREW IN CULTURE", [], ["12XYZ97"]],
  // the first of two days before "and" and a whole date
  ["Dates of testing: 2/3 and 2/5/2097", [["2/3", "DATE"], ["2/5/2097", "DATE"]], ["testing"]],
  ["strength 4/5 and 5/5 bilaterally", [], ["4/5", "5/5"]],
  ["took 1/2 and then 3/4 of a tab", [], ["1/2", "3/4"]],
  // a court's cause number, a portal's activation code, the VA's integration control number
  ["Cause No. 97-1-00418-27 (Pierce County Superior Court)", [["97-1-00418-27", "ID"]], ["Cause"]],
  ["MYCHART ACTIVATION CODE: 7K4QX-2M8PD-HH91T", [["7K4QX-2M8PD-HH91T", "ID"]], ["MYCHART"]],
  ["Last 4: 0417   ICN 1017734291V448210   Age: 76", [["1017734291V448210", "MRN"]], ["Age"]],
  ["ICN consult pending; the cause no one found", [], ["consult", "cause"]],
];

runTypedTable("clinical round 24: a day with a two-digit year, the first of two days, cause, activation and ICN cues", ["DATE", "ID", "MRN"], SCANS);
