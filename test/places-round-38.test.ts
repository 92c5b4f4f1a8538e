// Why this file exists: table tests, with hard negatives, for the stop 38 places round (loc38), read from the LOCATION
// misses of fixtures 1-25 in their three cases: interstates in lower case and after a comma with a direction of travel
// ("mvc on i-93 near exit 14", "MVC, I-495 northbound"), a lower-case town closed by its ZIP (+4) after the street's
// comma ("..., lutherville 21093"), a unit's '#' number after a lower-case street type ("2631 pattison rd #14"), counties
// in lower case after a place's comma or in brackets ("hazard (perry county)"), lower-case direction letters and
// "new"/"old" among a street's words after "on" ("walgreens on n clark st", "on new boston rd"), determiners ending an
// uncased street after a residence verb ("lives on his old road" is no street), a town after a travel's "from"
// ("visiting from fort lupine") or after "in"/"near" ending in its feature word ("lives out near bitter creek"), the two
// streets of a crossing with an ordinal or in lower case ("MAIN ST AND 5TH AVE", "(main st and elm ave)"), and no
// letterhead of a line with a word of where ("ON ARRIVAL TO HOSPITAL"). Both engines. Names and places are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const CITY = "location:city";
const COUNTY = "location:county";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // interstates: lower case after a word of where; after a comma with a direction, an exit or a mile marker after it
  ["mvc on i-93 near exit 14, brought by ems", [["i-93", ADDR]], ["mvc", "exit", "ems"]],
  ["pt drove off i-40 at exit 87 and called 911", [["i-40", ADDR]], ["exit", "called"]],
  ["Dispatched 14:02 to MVC, I-495 northbound at mile marker 37.", [["I-495", ADDR]], ["Dispatched", "MVC", "northbound"]],
  ["DISPATCHED TO MVC, I-95 SOUTHBOUND NEAR EXIT 9.", [["I-95", ADDR]], ["DISPATCHED", "SOUTHBOUND"]],
  ["dispatched to mvc, i-95 sb near exit 9.", [["i-95", ADDR]], ["dispatched", "mvc"]],
  // a lower-case town closed by its ZIP after the street's or the unit's comma
  ["address: 5230 w desert inn rd, apt 118, las vegas 89146.", [["5230 w desert inn rd, apt 118, las vegas 89146", ADDR]], ["address"]],
  ["patient address: 19 falls rd apt 2c, lutherville 21093   ph 443-555-0116",
    [["19 falls rd apt 2c, lutherville 21093", ADDR], ["443-555-0116", "cue:phone"]], ["patient", "ph"]],
  ["lives at 44 oak st, tillmore 01970.", [["44 oak st, tillmore 01970", ADDR]], ["lives"]],
  ["lives at 44 oak st, tillmore 01970-2231.", [["44 oak st, tillmore 01970-2231", ADDR]], ["lives"]],
  ["lives at 44 oak st, east tillman 01970.", [["44 oak st, east tillman 01970", ADDR]], ["lives"]],
  // a unit's '#' number after a lower-case street type ends the street as a comma does
  ["pt: hazel quarrington, 2631 pattison rd #14, grand junction 81506 (mobile home park)",
    [["hazel quarrington", "name:cue"], ["2631 pattison rd #14, grand junction 81506", ADDR]], ["mobile", "home", "park"]],
  // lower-case counties: after a place's comma (the address tail's town), or in brackets
  ["scene: residence, hc 61 box 14, calloway forks, braxton county.", [["hc 61 box 14, calloway forks, braxton county", "location:po-box"]], ["scene", "residence"]],
  ["mother's residence: 7 canterbury mews, holliston green, winthrop county\ndelivered by",
    [["7 canterbury mews, holliston", ADDR], ["winthrop county", COUNTY]], ["delivered"]],
  ["from hazard (perry county). transferred in labor", [["perry county", COUNTY]], ["transferred", "labor"]],
  ["lives in glen burnie (anne arundel county) - referred to aa county", [["glen burnie", CITY], ["anne arundel county", COUNTY]], ["referred"]],
  // a lower-case direction letter and "new"/"old" before another word among a street's words after "on"
  ["send a refill to walgreens on n clark st. thanks", [["walgreens", "location:organization"], ["n clark st", ADDR]], ["refill", "thanks"]],
  ["insulin from brookshire's pharmacy on new boston rd.", [["brookshire's pharmacy", "location:organization"], ["new boston rd", ADDR]], ["insulin"]],
  ["VERIFIED WITH WALGREENS ON S GEORGIA ST.", [["WALGREENS", "location:organization"], ["S GEORGIA ST", ADDR]], ["VERIFIED"]],
  ["lives alone on old stage rd in salem", [["old stage rd", ADDR], ["salem", CITY]], ["lives", "alone"]],
  // a town after a travel's "from", in the three cases, a town's prefix word opening it
  // (stop 57, oh57: in ALL CAPS and lower case "Fort" and a word after a frame is read as an installation first,
  // militaryBase57h(): the same place, typed by a facility's reason; a town named "Fort X" and a fort cannot be told apart
  // without a gazetteer's entry)
  ["dtr yolanda visiting from fort lupine.\nsacral wound stable", [["yolanda", "name:cue"], ["fort lupine", "location:facility"]], ["sacral", "wound"]],
  ["DTR YOLANDA VISITING FROM FORT LUPINE.\nSACRAL WOUND STABLE", [["YOLANDA", "name:cue"], ["FORT LUPINE", "location:facility"]], ["SACRAL", "WOUND"]],
  ["Dtr Yolanda visiting from Fort Lupine.\nSacral wound stable", [["Yolanda", "name:cue"], ["Fort Lupine", CITY]], ["Sacral", "wound"]],
  // (a time after the town closes its phrase: the time stays out)
  ["daughter flying in from montreal tonight", [["montreal", CITY]], ["daughter", "tonight"]],
  // a town ending in its feature word after "in"/"near" and a residence verb
  ["she lives out near Bitter Creek with her son", [["Bitter Creek", CITY]], ["lives", "son"]],
  ["lives out near bitter creek with her son", [["bitter creek", CITY]], ["lives", "son"]],
  ["lives in spring valley.", [["spring valley", CITY]], ["lives"]],
  // the two streets of a crossing: an ordinal's street, and lower case
  ["LOCATION: MAIN ST AND 5TH AVE, OUTSIDE DUNKIN DONUTS",
    [["MAIN ST", ADDR], ["5TH AVE", ADDR], ["DUNKIN DONUTS", "location:organization"]], ["LOCATION", "OUTSIDE"]],
  ["collected at psc #118 (main st and elm ave)   received", [["main st", ADDR], ["elm ave", ADDR]], ["collected", "received"]],
  // a letterhead with no word of where stays one
  ["QUARRY HILL FAMILY PRACTICE\nPROGRESS NOTE", [["QUARRY HILL FAMILY PRACTICE", "location:facility"]], ["PROGRESS", "NOTE"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // iodine isotopes, grades and types are no interstates; a lower-case "i" in mixed case is left
  ["received i-131 therapy in 2019.", [], ["i-131", "therapy"]],
  ["on i-131 mibg scan, no uptake", [], ["i-131", "mibg"]],
  ["grade i-ii changes, type i-2 pattern", [], ["grade", "i-ii", "i-2"]],
  ["Seen for MVC, I-2 fracture pattern", [], ["MVC", "I-2", "fracture"]],
  // a ZIP-like number that goes on with the clause, a room's number: no ZIP closes the town
  ["lives at 44 oak st, tillmore 01970 with wife", [["44 oak st", ADDR]], ["tillmore", "wife"]],
  // a dose's unit before the type and '#': no street
  ["increase to 20 units rd #3 tonight", [], ["units", "tonight"]],
  // a county's word after a determiner, a pronoun or a core word, or no county's name at all
  ["staying with her sister in town (our county) for now", [], ["town", "county"]],
  ["she is in the county (rural county) jail", [], ["rural", "county", "jail"]],
  ["hx from pt (county jail) and ems", [], ["county", "jail"]],
  ["in town, county jail notified.", [], ["town", "county", "jail"]],
  // a determiner or a pronoun among the words after "on" and a residence verb: no street
  ["lives on his old road, far from town", [], ["his", "old", "road", "town"]],
  ["LIVES ON HIS OLD ROAD WITH HIS SON", [], ["HIS", "OLD", "ROAD", "SON"]],
  ["lives on the old road past the church", [], ["old", "road", "church"]],
  // an ECG's "ST" after a direction's letter stays a word
  ["ST ELEVATION ON S LEADS, ST CHANGES", [], ["ELEVATION", "LEADS", "CHANGES"]],
  ["given 10 mg on n st elevation", [], ["st", "elevation"]],
  // no town after "from": a place of work or care, a dwelling, a department, a phrase of "out of town"
  ["he drove from work. she came from home.", [], ["work", "home"]],
  ["Visiting from out of town this week.", [], ["town", "week"]],
  ["came from Dialysis today.", [], ["Dialysis", "today"]],
  ["walked from the ED to the car.", [], ["ED", "car"]],
  // a time after a word no list has closes no town ("brachytherapy" is a treatment)
  ["returning from brachytherapy tomorrow", [], ["brachytherapy", "tomorrow"]],
  // no feature word, or a determiner: no town after "in"/"near"
  ["lives in inner city with mom", [], ["inner", "city"]],
  ["lives near the creek", [], ["creek"]],
  ["lives in senior housing", [], ["senior", "housing"]],
  // an ECG's segments joined by "and" are no crossing
  ["NONSPECIFIC ST AND T WAVE CHANGES", [], ["ST", "WAVE"]],
  ["inferior st and t wave changes", [], ["st", "wave"]],
  // a line of where someone went, near the top: no letterhead
  ["EMS RUN REPORT\nON ARRIVAL TO HOSPITAL\nBP 80/40 HR 120", [], ["ARRIVAL", "HOSPITAL"]],
  ["EMS RUN REPORT\nSENT TO CLINIC\nBP 80/40", [], ["SENT", "CLINIC"]],
];

runPlaceTable("stop 38 places (loc38): positives", POSITIVES);
runPlaceTable("stop 38 places (loc38): hard negatives", NEGATIVES);
