// Why this file exists: table tests, with hard negatives, for the stop 48 organisations round og48c: heads the word
// table did not mark before, marked now as an organisation's (scripts/build-dictionaries.mjs, "stop 48, og48c"):
// "registry" and "collaborative" alone, and a network by its kind's word before the head ("donor network", "care
// network", "healthcare network", "ambulance network", "physicians network"). The older walks read the words before the
// head as before: capitals in mixed case, a frame and the body's own words in lower case and ALL CAPS (caselessHead48).
// Hard negatives: the head alone or after English words only ("the state registry", "Agent Orange registry exam",
// "an atypical network", "the care network team", "collaborative care"), a label's head ("Donor registry: Donate
// Life"); and the words left unmarked, whose older readings stay ("Mission Radiology", "Mission Blvd": "mission" is no
// head). Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";

const NAMED: ReadonlyArray<PlaceCase> = [
  ...tri("Cord blood banked with LifeThread Registry, kit # LT-9901.", [["LifeThread Registry", ORG]], ["banked", "kit"]),
  ...tri("Paired exchange via Harlan Kidney Registry (pair 12).", [["Harlan Kidney Registry", ORG]], ["exchange", "pair"]),
  ...tri("Housing referral to Groundworks Collaborative; case worker called.", [["Groundworks Collaborative", ORG]], ["referral", "case"]),
  ...tri("Referred to Arkansas Physicians Network for primary care.", [["Arkansas Physicians Network", ORG]], ["Referred", "primary"]),
  // (mixed case only: the capitals name it; in ALL CAPS and lower case "oklahoma" stays the state's, no frame opens the
  // name before "caribbean", and "air" is a kind's word)
  ["Case submitted to Oklahoma Central Cancer Registry on 3/31.", [["Oklahoma Central Cancer Registry", ORG]], ["submitted"]],
  ["Hub: Caribbean Critical Care Network virtual ICU.", [["Caribbean Critical Care Network", ORG]], ["Hub", "virtual"]],
  ["Transfer arranged via Air Ambulance Network (request 9).", [["Air Ambulance Network", ORG]], ["arranged", "request"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Immunizations checked against the state registry today.", [], ["state", "registry"]),
  ...tri("Agent Orange registry exam done in 2088.", [], ["Orange", "registry"]),
  ...tri("Dermoscopy showed an atypical network with regression.", [], ["atypical", "network"]),
  ...tri("Joined the registry in April.", [], ["registry"]),
  ...tri("Discussed with the care network team.", [], ["care", "network"]),
  ...tri("Donor registry: Donate Life.", [], ["Donor", "registry"]),
  ...tri("Plan: collaborative care with psychiatry.", [], ["collaborative", "care"]),
  // ("mission" stays unmarked: its older readings as a name's or a street's word)
  ...tri("Lives on Mission Blvd.", [["Mission Blvd", "location:address"]], ["Lives"]),
  ["Read by Mission Radiology.", [["Mission Radiology", "location:facility"]], ["Read"]],
  ["READ BY MISSION RADIOLOGY.", [["MISSION RADIOLOGY", "location:facility"]], ["READ"]],
];

runPlaceTable("og48c: registries, collaboratives and networks by their kind's word as organisations' heads", NAMED);
runPlaceTable("og48c: the heads alone or after English words, a label's head, and 'mission' stay as they were", NEGATIVES);
