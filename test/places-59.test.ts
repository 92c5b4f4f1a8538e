// Why this file exists: table tests, with hard negatives, for stop 59's places round (pl59): a landmark named by its own
// words and a head stop 41's feature rule did not list (park, pond, bridge, arena, mountains),
// right after a word of where, is a place, not a person ("found at Brindlecove Park.", "on the Quellmoor Bridge"):
// assembly/names/r59_pl59.ts's landmark59() and landHead59(), read by detect.ts's featureLoc41(). Each row in mixed case,
// ALL CAPS and lower case, both engines. The landmarks and people are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const LANDMARKS: TypedCase[] = [
  // (a park after "at", closed by a word of where)
  ...casedRows("The support group meets at Brindlecove Park on Saturdays.\n", [["Brindlecove Park", L]], ["support", "group"]),
  // (a bridge after "on the", closed by a function word)
  ...casedRows("He was found on the Quellmoor Bridge after midnight.\n", [["Quellmoor Bridge", L]], ["midnight"]),
  // (two words before the head, closed by the sentence's period)
  ...casedRows("The kids sled at Olmsby Hill Park.\n", [["Olmsby Hill Park", L]], ["kids"]),
  // (a mountain range after "near the", closed by a comma)
  ...casedRows("Fell from a horse near the Varsic Mountains, Feb 28.\n", [["Varsic Mountains", L]], ["horse"]),
  // (a pond)
  ...casedRows("Walks daily at Kessowan Pond.\n", [["Kessowan Pond", L]], ["Walks", "daily"]),
  // (an arena after a town found before " at ": two places, not one facility "Brookhaven at Tessaly Ice Arena")
  ...casedRows("Injury: collision vs Brookhaven at Tessaly Ice Arena; no LOC.\n",
    [["Brookhaven", L], ["Tessaly Ice Arena", L]], ["Injury", "collision", "LOC"]),
];

// the older reading stays: a generic place of English words (ALL CAPS and lower case), a surname after "to" or "from",
// a facility's or a church's name that goes on after the head, a town and its state's code, a bay
const NEGATIVES: TypedCase[] = [
  ...casedRows("Kids play at the dog park after school.\n", [], ["dog", "park", "school"]),
  ...casedRows("Gait training in the park next week.\n", [], ["park"]),
  ...casedRows("Lives near the lake with his wife.\n", [], ["lake"]),
  ...casedRows("Called to Trauma Bay 2 at 01:52.\n", [], ["Trauma", "Bay"]),
  // (in mixed case capitals name the bridge; in ALL CAPS and lower case its core English words do not)
  ...casedRowsEach("Walked across the Golden Gate Bridge today.\n", [[["Golden Gate Bridge", L]], [], []], ["Walked", "today"]),
  // ("to" before "Park": a person, as the older name rules read it)
  ...casedRowsEach("Referred to Dr. Jisoo Park for counselling.\n",
    [[["Jisoo Park", N]], [["JISOO PARK", N]], [["jisoo", N]]], ["counselling"]),
  ...casedRows("Met Cora Park at the clinic.\n", [["Cora Park", N]], ["clinic"]),
  ...casedRows("Works at Ferncliff Park Baptist Church on Sundays.\n", [["Ferncliff Park Baptist Church", L]], []),
  ...casedRows("Seen at Lakeview Park Clinic today.\n", [["Lakeview Park Clinic", L]], ["Seen", "today"]),
  ...casedRows("Patient lives in Overland Park, KS.\n", [["Overland Park", L]], ["Patient"]),
];

runTypedTable("stop 59, pl59: a landmark's own words and its head after a word of where", [L, N], LANDMARKS);
runTypedTable("stop 59, pl59: hard negatives (the older reading stays)", [L, N], NEGATIVES);
