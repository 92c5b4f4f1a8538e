// Why this file exists: table tests, with hard negatives, for the stop 41 places round (loc41), read from the LOCATION
// misses of fixture 28 and fixtures 20-27 in their three cases: a natural feature's or a recreation site's name after
// a word of where ("OFF KALGIN ISLAND", "on the Norwottuck Rail Trail", "AT SLAUGHTERHOUSE FALLS"), a county or
// farm-to-market road after a clause's comma or '&' ("ROLLOVER, FM 2154 AT", "HWY 159 & CR 15"), and a town of core
// words ending in a town's feature word before a comma and a state's code in a letterhead ("PLASMA - BROKEN BOW
// CROSSING, NE"). Both engines. Names and places are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CITY = "location:city";
const ADDR = "location:address";
const CS = "location:address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // featureLoc41: one or two words of the text's case before a feature's head, after a word of where ("the" between)
  ["HPI: FLIPPED AT BRANNOCK FALLS ON THE TILLSON RIVER, PINNED 90 SEC",
    [["BRANNOCK FALLS", CITY], ["TILLSON RIVER", CITY]], ["HPI", "FLIPPED", "PINNED"]],
  ["Flipped at Brannock Falls on the Tillson River, pinned 90 sec.",
    [["Brannock Falls", CITY], ["Tillson River", CITY]], ["Flipped", "pinned"]],
  ["flipped at brannock falls on the tillson river, pinned 90 sec.",
    [["brannock falls", CITY], ["tillson river", CITY]], ["flipped", "pinned"]],
  ["HAND CAUGHT IN HAULER 3/11 OFF VORGAN ISLAND. SEEN BY MEDIC.", [["VORGAN ISLAND", CITY]], ["HAND", "HAULER", "MEDIC"]],
  ["Walks his dog daily on the Quillmoor Rail Trail and does trail work.",
    [["Quillmoor Rail Trail", CITY]], ["Walks", "dog", "trail", "work"]],
  ["At 16:00 at home on Drift Island; ferry to the mainland.", [["Drift Island", CITY]], ["home", "ferry", "mainland"]],
  ["Water hauled from Sage Creek spring.", [["Sage Creek", CITY]], ["Water", "spring"]],
  ["BOAT KEPT OUT OF LEWISTON MARINA.", [["LEWISTON MARINA", CITY]], ["BOAT", "KEPT"]],
  // roadCommaLoc41: "CR"/"FM" and a road's number after a comma, then a word of where; or after '&' and a road
  ["INCIDENT: CHARTER BUS ROLLOVER, FM 2154 AT WELLBORN SPUR RD",
    [["FM 2154", ADDR], ["WELLBORN SPUR RD", ADDR]], ["INCIDENT", "CHARTER", "ROLLOVER"]],
  ["FELL ON GRANDFATHER'S RANCH, CR 4470 NEAR BARNSDALL FORK.",
    [["CR 4470", ADDR], ["BARNSDALL FORK", CITY]], ["FELL", "RANCH"]],
  ["ALS INTERCEPT AT HWY 159 & CR 15 0711.", [["HWY 159", ADDR], ["CR 15", ADDR]], ["ALS", "INTERCEPT", "0711"]],
  ["als intercept at hwy 159 & cr 15 0711.", [["hwy 159", ADDR], ["cr 15", ADDR]], ["als", "intercept", "0711"]],
  // suffixTownLoc41: a town of core words ending in a town's feature word, then a comma and a state's code closing its
  // field, after a spaced dash, a comma or a line's start
  // (an older rule reads "SANDHILL" as a town on its own)
  ["SANDHILL PLASMA - BROKEN BOW CROSSING, NE      DONOR ADVERSE EVENT",
    [["SANDHILL", CITY], ["BROKEN BOW CROSSING, NE", CS]], ["PLASMA", "DONOR", "ADVERSE"]],
  ["WALK-IN CLINIC - KNOB CROSSING, AK - 2099-03-14", [["KNOB CROSSING, AK", CS]], ["WALK-IN", "CLINIC"]],
  ["Quarry Plasma - Broken Bow Crossing, NE\nDonor adverse event", [["Broken Bow Crossing, NE", CS]], ["Quarry", "Donor"]],
  ["REPORT - STONY HOLLOW, SD      REPORT # 4471", [["STONY HOLLOW, SD", CS]], ["REPORT"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a feature's head after English words in ALL CAPS or lower case, or a patient's falls: no place
  ["FELL AGAINST THE KITCHEN ISLAND AT HOME.", [], ["KITCHEN", "ISLAND"]],
  ["fell against the kitchen island at home.", [], ["kitchen", "island"]],
  ["AT HIGH RISK FROM RECURRENT FALLS.", [], ["RECURRENT", "FALLS"]],
  ["at high risk from recurrent falls.", [], ["recurrent", "falls"]],
  ["on the paper trail for the prior auth.", [], ["paper", "trail"]],
  ["ON THE RIVER ALL DAY.", [], ["RIVER"]],
  ["VOMITED INTO EMESIS BASIN.", [], ["EMESIS", "BASIN"]],
  // a facility's or a street's word after the head is the older rules' name
  ["Admitted to Red River Hospital.", [["Red River Hospital", "location:facility"]], ["Admitted"]],
  // a creatinine after a comma: a decimal, or "at baseline"
  ["BUN 30, CR 1.4 AT BASELINE.", [], ["CR", "BASELINE"]],
  ["BUN 30, CR 110 AT BASELINE.", [], ["CR", "110"]],
  ["bun 30, cr 110 near baseline.", [], ["cr", "110"]],
  ["RHYTHM: NSR, SR 72 AT REST.", [], ["SR", "72"]],
  // a feature word before a comma and a state's code that does not close its field
  ["HX: RECURRENT FALLS, OR SYNCOPE.", [], ["RECURRENT", "FALLS", "SYNCOPE"]],
  ["PMH: FREQUENT FALLS, IN ADDITION TO SYNCOPE", [], ["FREQUENT", "FALLS", "ADDITION"]],
  ["HX: RECURRENT FALLS, OR\nSYNCOPE", [], ["RECURRENT", "FALLS"]],
];

runPlaceTable("places round 41 (loc41): positives", POSITIVES);
runPlaceTable("places round 41 (loc41): hard negatives", NEGATIVES);
