// Why this file exists: table tests, with hard negatives, for the stop 41 organisations round (org41): public bodies,
// tribes and local ambulance services named by a place and a body's head ("OSAGE NATION", "Gunnison Valley EMS", "kern
// county public health", publicBody41), air and ground ambulance services right after a transfer's "by"/"via" ("BY
// CAREFLIGHT", "via EagleMed", carrierOrg41), and congregations opened by "First" without a church's word
// (congregation28's frame), in mixed case, ALL CAPS and lower case. Both engines. Names of people and bodies are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a tribe or a nation named by its place's word, in the three cases
  ["Tribal: she is an enrolled Osage Nation citizen.", [["Osage Nation", ORG]], ["enrolled", "citizen"]],
  ["TRIBAL: ENROLLED OSAGE NATION CITIZEN.", [["OSAGE NATION", ORG]], ["ENROLLED", "CITIZEN"]],
  ["tribal: enrolled osage nation citizen, card on file.", [["osage nation", ORG]], ["enrolled", "citizen"]],
  ["Citizen of the Choctaw Nation of Oklahoma per her card.", [["Choctaw Nation of Oklahoma", ORG]], ["Citizen", "card"]],
  // a public body's head after a place and a body's words
  ["Responding: Kanawha County Emergency Ambulance Authority medic 4.", [["Kanawha County Emergency Ambulance Authority", ORG]], ["Responding", "medic"]],
  ["RESPONDING: KANAWHA COUNTY EMERGENCY AMBULANCE AUTHORITY MEDIC 4.", [["KANAWHA COUNTY EMERGENCY AMBULANCE AUTHORITY", ORG]], ["RESPONDING", "MEDIC"]],
  ["Error reported to the Wisconsin Pharmacy Examining Board this week.", [["Wisconsin Pharmacy Examining Board", ORG]], ["Error", "week"]],
  ["WIC at New River Health District; home visits weekly.", [["New River Health District", ORG]], ["home", "visits"]],
  ["ROSC on arrival of Gunnison Valley EMS at 0712.", [["Gunnison Valley EMS", ORG]], ["arrival"]],
  ["if positive report to kern county public health by phone.", [["kern county public health", ORG]], ["report", "phone"]],
  ["Reported to Chemung County Public Health today.", [["Chemung County Public Health", ORG]], ["Reported", "today"]],
  // "City of" before the place goes with it (an older finding's span kept whole)
  ["RUN REPORT - CITY OF WORCESTER EMS - AMBULANCE 4", [["CITY OF WORCESTER EMS - AMBULANCE", ORG]], ["RUN", "REPORT"]],
  // an ambulance service right after a transfer's "by"/"via"
  ["Plan: transfer to St. Mary's by CareFlight for ECMO standby.", [["St. Mary's", "location:facility"], ["CareFlight", ORG]], ["transfer", "ECMO"]],
  ["TRANSFER TO ST MARY'S BY CAREFLIGHT FOR ECMO STANDBY.", [["ST MARY'S", "location:facility"], ["CAREFLIGHT", ORG]], ["TRANSFER", "ECMO"]],
  ["Interfacility transfer via EagleMed; referring Dr. Tallchief.", [["EagleMed", ORG], ["Tallchief", "name:title"]], ["transfer", "referring"]],
  ["Accepted for HBO; transported by DHART at 07:15.", [["DHART", ORG]], ["Accepted", "transported"]],
  ["Intubated, transferred to Ruby Memorial by HealthNet Aeromedical.", [["Ruby Memorial", "location:facility"], ["HealthNet Aeromedical", ORG]], ["Intubated"]],
  ["INTUBATED, TRANSFERRED TO RUBY MEMORIAL BY HEALTHNET AEROMEDICAL.", [["RUBY MEMORIAL", "location:facility"], ["HEALTHNET AEROMEDICAL", ORG]], ["INTUBATED"]],
  ["Stable; transfer by Mercy Air to the burn unit.", [["Mercy Air", ORG]], ["Stable", "burn"]],
  ["transferred by mercy air to the burn unit.", [["mercy air", ORG]], ["transferred", "burn"]],
  // the vehicle after the firm is its kind
  ["Transport by Elderwood van at 0900.", [["Elderwood", ORG]], ["van"]],
  // congregations opened by "First", or a place before "First"
  ["Drives to church at First Baptist of Hearne Crossing every week.", [["First Baptist of Hearne", ORG]], ["Drives", "week"]],
  ["STILL DRIVES TO FIRST UNITED METHODIST OF CRYSTAL SPRINGS.", [["FIRST UNITED METHODIST OF CRYSTAL", ORG]], ["STILL", "DRIVES"]],
  ["Still sings in the Kennewick First Methodist choir.", [["Kennewick First Methodist", ORG]], ["sings", "choir"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a weak head with no place and no body's word; a kind's word before a nation's head
  ["She sat on the school board for years.", [], ["school", "board"]],
  ["Hiked in the Lake District last summer.", [], ["Lake", "District"]],
  ["Read about a Native American nation in class.", [], ["Native", "American", "nation"]],
  ["Board certified in internal medicine.", [], ["Board", "certified"]],
  ["Public health was notified.", [], ["Public", "health"]],
  ["He joined the tribe council last year.", [], ["tribe", "council"]],
  // a clause's verb stops the walk back: the name stays a name
  ["Wife Janice called EMS at 0600.", [["Janice", "name:cue"]], ["called", "EMS"]],
  ["WIFE JANICE CALLED EMS AT 0600.", [["JANICE", "name:cue"]], ["CALLED", "EMS"]],
  // the way, not the firm; a relative; a place; a device
  ["Transported by ground ambulance to the ED.", [], ["ground", "ambulance"]],
  ["TRANSPORTED BY EMS TO THE ED.", [], ["EMS"]],
  ["Arrived via private vehicle with her husband.", [], ["private", "vehicle"]],
  ["Transferred by fixed wing to Denver.", [["Denver", "location:city"]], ["fixed", "wing"]],
  ["PT BROUGHT BY HER GRANDSON DESMOND.", [["DESMOND", "name:cue"]], ["HER", "GRANDSON"]],
  ["Transferred via Amsterdam to Detroit.", [["Amsterdam", "location:city"], ["Detroit", "location:city"]], []],
  ["Chips evacuated by Ellik evacuator.", [], ["Ellik", "evacuator"]],
  // "first" as an ordinal in lower case in mixed text
  ["Her first Baptist service was in June.", [["Baptist", "name:dictionary"]], ["first", "service"]],
];

runPlaceTable("org41: public bodies and tribes, ambulance services after by/via, congregations opened by First", POSITIVES);
runPlaceTable("org41: hard negatives", NEGATIVES);
