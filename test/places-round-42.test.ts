// Why this file exists: table tests, with hard negatives, for the stop 42 places round (loc42), read from the LOCATION
// misses of fixtures 25-29 in their three cases: a facility's name opening its line before a heading's spaced dash
// ("TWIN TIERS MEDICAL CENTER - HEALTH INFORMATION MANAGEMENT", dashLineFacLoc42), a lower-case ZIP after a comma and
// a state's code that is an abbreviation too ("houma, la 70360", LOWER_COMMA_STATES), and a country's word before a
// gerund read as the English word ("WHILE TURKEY HUNTING", gerundAfter42). Both engines. Names and places are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ZIP = "format:zip-address";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // dashLineFacLoc42: one to four words of the head's case open the line, a spaced dash closes the name
  ["TWIN PEAKS MEDICAL CENTER - HEALTH INFORMATION MANAGEMENT\nREQUEST FOR RECORDS",
    [["TWIN PEAKS MEDICAL CENTER", FAC]], ["HEALTH", "INFORMATION", "MANAGEMENT", "REQUEST"]],
  ["twin peaks medical center - health information management\nrequest for records",
    [["twin peaks medical center", FAC]], ["health", "information", "management", "request"]],
  ["DORRIT ARH REGIONAL MEDICAL CENTER - RELEASE OF INFORMATION", [["DORRIT ARH REGIONAL MEDICAL CENTER", FAC]],
    ["RELEASE", "INFORMATION"]],
  ["SALTGRASS KIDNEY CENTER — HEMODIALYSIS TREATMENT RECORD", [["SALTGRASS KIDNEY CENTER", FAC]],
    ["HEMODIALYSIS", "TREATMENT", "RECORD"]],
  ["north ridge ambulance – patient care report", [["north ridge ambulance", "location:organization"]],
    ["patient", "care", "report"]],
  // the lower-case ZIP after "town, st" where the code is also an abbreviation
  // (the older rules read the street and the town as they did before; the ZIP is this round's)
  // (stop 43, loc43: the town between the street's comma and the state's, and the street closed by its direction, now
  // join the address, the ZIP with them: lowerTownState43, lowerStreetTail43)
  ["aux, 81, 305 rue des chenes, marville, la 70399 — 985-555-0164.",
    [["305 rue des chenes, marville, la 70399", "location:address"], ["985-555-0164", "validator:nanp"]], ["aux"]],
  ["home: 1207 3rd ave nw, tolley forks, nd 58299   parents", [["1207 3rd ave nw, tolley forks, nd 58299", "location:address"]],
    ["home", "parents"]],
  ["hospice office, kona heights, hi 96799\ndate: 03/14/2099", [["kona", "name:dictionary"], ["96799", ZIP]], ["hospice"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a department's, a service's or a kind's words before the head: no place
  ["HEMATOLOGY INFUSION CENTER - TREATMENT NOTE", [], ["HEMATOLOGY", "INFUSION", "CENTER"]],
  ["SPECIAL NEEDS SHELTER - MEDICAL INTAKE ROSTER", [], ["SPECIAL", "NEEDS", "SHELTER"]],
  ["special needs shelter - medical intake roster", [], ["special", "needs", "shelter"]],
  ["EMERGENCY MEDICAL CENTER - TRIAGE NOTE", [], ["EMERGENCY", "MEDICAL", "CENTER"]],
  ["community hospital - day 2", [], ["community", "hospital"]],
  ["OUTSIDE HOSPITAL - RECORDS REVIEWED", [], ["OUTSIDE", "HOSPITAL"]],
  // (the name must open its line: after a clause's words it is the older rules')
  ["PT SEEN IN ORTHO CLINIC - WILL FOLLOW UP", [], ["ORTHO", "CLINIC"]],
  // a lower-case code that is an identifier's label or a credential stays no state
  ["member, id 44718 verified", [], ["id", "44718"]],
  ["dr. amos, md 12345", [["amos", "name:title"]], ["12345"]],
  ["either 5 mg, or 10000 units", [], ["10000"]],
  // a country's word before a gerund is the English word; after a word of where it stays the country
  ["HPI: FELL FROM A LADDER STAND WHILE TURKEY HUNTING ON HIS LAND.", [], ["TURKEY", "HUNTING"]],
  ["Went Turkey Hunting with his son.", [], ["Turkey", "Hunting"]],
];

// the country after a word of where, and a state before a gerund, stay places
const KEPT: ReadonlyArray<PlaceCase> = [
  ["MOVED FROM TURKEY SEEKING WORK.", [["TURKEY", "location:country"]], ["MOVED", "SEEKING"]],
];

runPlaceTable("stop 42 places (loc42): facility headers, lower-case ZIPs, a country before a gerund", POSITIVES);
runPlaceTable("stop 42 places (loc42): hard negatives", NEGATIVES);
runPlaceTable("stop 42 places (loc42): kept", KEPT);
