// Why this file exists: table tests, with hard negatives, for the stop 40 places round (loc40), read from the LOCATION
// misses of fixture 27 and the older fixtures in their three cases: rural routes' boxes written short ("Rt 1 Box 77",
// "RFD 2 BOX 9", "Box 419-A"), a numbered road written "Rt" after a word of where ("ON RT 5A NEAR"), a town after a
// relative's or "at home"'s "in" ("UNCLE IN RAPID CITY AT", "at home in Tillmore Point"), a facility's core words after
// its form label in ALL CAPS and lower case ("RECEIVING: FOREST GLEN HOSPITAL"), a chain's or a firm's branch town after
// one blank ("(LABCORP KENNEWICK):"), and the hospital of a dated event as an eponym, an initialism or a hyphenated pair
// ("2088 at Lahey.", "6/3/95 at HPRMC.", "JUNE 2096 AT PRYTANIA-CROSSROADS."). Both engines. Names and places are made
// up, apart from real towns' and hospitals' names where the rule is about them (a gazetteer's town, an eponym's hospital).
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ORG = "location:organization";
const CITY = "location:city";
const ADDR = "location:address";
const BOX = "location:po-box";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // ruralRouteLoc40: "Rt", "Rte", "Route", "RFD", "HCR" before the route's number and "Box"; the town after it joins as
  // the address tail reads it; boxLetterLoc40: the box's letter after a hyphen
  ["To: Wendeline Ostrava, Rt 2 Box 419-A, Tillmore Bend, AL 36786",
    [["Wendeline Ostrava", "name:neighbour"], ["Rt 2 Box 419-A, Tillmore Bend, AL", BOX], ["36786", "format:zip-address"]], ["To"]],
  ["Contact: Marisol Quenby, Rt 1 Box 77, Kettle Falls",
    [["Marisol Quenby", "name:neighbour"], ["Rt 1 Box 77, Kettle Falls", BOX]], ["Contact"]],
  ["CONTACT: MARISOL QUENBY, RT 1 BOX 77, KETTLE FALLS",
    [["MARISOL QUENBY", "name:neighbour"], ["RT 1 BOX 77, KETTLE FALLS", BOX]], ["CONTACT"]],
  ["contact: marisol quenby, rt 1 box 77, kettle falls",
    [["marisol quenby", "name:cue"], ["rt 1 box 77, kettle falls", BOX]], ["contact"]],
  ["lives on route 3 box 114 outside town", [["route 3 box 114", BOX]], ["lives", "outside", "town"]],
  ["LIVES ON RFD 2 BOX 9, PLAINVILLE", [["RFD 2 BOX 9, PLAINVILLE", BOX]], ["LIVES"]],
  // rtRoadLoc40: "Rt"/"Rte" and its number after a word of where, a word of where or the phrase's end after it
  ["Truck went off the road on Rt 5A near the lake after dark.", [["Rt 5A", ADDR]], ["Truck", "road", "near", "lake"]],
  ["VEHICLE CRASH INTO A SUGARHOUSE ON RT 5A NEAR LAKE WILLOUGHBY.",
    [["RT 5A", ADDR], ["LAKE WILLOUGHBY", CITY]], ["VEHICLE", "CRASH", "SUGARHOUSE", "NEAR"]],
  ["mvc on rt 9 near exit 7, restrained driver.", [["rt 9", ADDR]], ["mvc", "near", "exit", "restrained"]],
  // kinInLoc40: a relative's "in", "at home in"
  ["UNCLE IN RAPID CITY AT THE MISSION.", [["RAPID CITY", CITY]], ["UNCLE", "MISSION"]],
  ["uncle in rapid city at the mission.", [["rapid city", CITY]], ["uncle", "mission"]],
  ["Patient is at home in Tillmore Point.", [["Tillmore Point", CITY]], ["Patient", "home"]],
  ["PATIENT IS AT HOME IN TILLMORE POINT.", [["TILLMORE POINT", CITY]], ["PATIENT", "HOME"]],
  ["patient is at home in tillmore point.", [["tillmore point", CITY]], ["patient", "home"]],
  // labelFacLoc40: the core words between a facility label's colon and a facility the older rules found from its name
  ["RECEIVING: FOREST GLEN HOSPITAL", [["FOREST GLEN HOSPITAL", FAC]], ["RECEIVING"]],
  ["receiving: forest glen hospital", [["forest glen hospital", FAC]], ["receiving"]],
  // firmTownLoc40 (and chain32's frame): a branch's town after one blank, closing its phrase
  ["LABS 4/6 (LABCORP KENNEWICK): ANC 1.9", [["LABCORP KENNEWICK", ORG]], ["LABS", "ANC"]],
  ["labs 4/6 (labcorp kennewick): anc 1.9", [["labcorp kennewick", ORG]], ["labs", "anc"]],
  // (stop 50, og50: the pharmacy and its branch's town are two findings, the organisation and the town; the same words)
  ["RX SENT TO HANNAFORD PHARMACY BREWER: IBUPROFEN 600", [["HANNAFORD PHARMACY", ORG], ["BREWER", CITY]], ["SENT", "IBUPROFEN"]],
  // datedAtLoc40: an eponym's hospital, an initialism, a hyphenated pair after a dated event's "at"; "by" closes it too
  ["She had a PCI 2088 at Lahey, then rehab.", [["Lahey", FAC]], ["She", "PCI", "rehab"]],
  ["PRIOR PCI 2088 AT LAHEY.", [["LAHEY", FAC]], ["PRIOR", "PCI"]],
  ["prior pci 2088 at lahey.", [["lahey", FAC]], ["prior", "pci"]],
  ["TKA on 6/3/95 at HPRMC. Doing well.", [["HPRMC", FAC]], ["TKA", "Doing"]],
  ["LAST ADMISSION JUNE 2096 AT PRYTANIA-CROSSROADS.", [["PRYTANIA-CROSSROADS", FAC]], ["LAST", "ADMISSION"]],
  ["last admission june 2096 at prytania-crossroads.", [["prytania-crossroads", FAC]], ["last", "admission"]],
  ["ACL reconstruction 8/31/96 at TRIA by Dr. Holm.", [["TRIA", FAC], ["Holm", "name:title"]], ["ACL", "reconstruction"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a route of administration, a count of boxes: no route's box line
  ["Give route 1 of administration: oral.", [], ["route", "administration"]],
  // "RT" a radiation course, "rt" right: no road without a word of where or the road's letter after "on"
  ["Patient on RT 5 days a week.", [], ["RT", "days"]],
  ["PT ON RT 2.", [], ["RT"]],
  ["pain on rt 2 fingers since fall.", [], ["rt", "fingers"]],
  ["Rhythm check on RT 72 bpm.", [], ["RT", "bpm"]],
  // "in" after a relative or "home" with no town after it
  ["son in law visiting.", [], ["son", "law"]],
  ["SON IN LAW VISITING.", [], ["SON", "LAW"]],
  ["discharged home in stable condition.", [], ["home", "stable", "condition"]],
  ["Mother in good spirits today.", [], ["Mother", "good", "spirits"]],
  // "Glen" the name after another label, or a hospital's kind after the label: the older finding alone
  ["PLAN: TRANSFER GLEN HOSPITAL", [["GLEN HOSPITAL", FAC]], ["PLAN", "TRANSFER"]],
  ["RECEIVING: OUTSIDE GLEN HOSPITAL", [["GLEN HOSPITAL", FAC]], ["RECEIVING", "OUTSIDE"]],
  // a core word or a department after a firm is no branch's town; a town after a comma and a state stays the address's
  ["LABCORP TODAY.", [["LABCORP", ORG]], ["TODAY"]],
  ["labs at labcorp today.", [["labcorp", ORG]], ["labs", "today"]],
  // (stop 50, og50: a pharmacy's name is typed the organisation the fixtures label it; the span is the same)
  ["Walgreens Pharmacy Delivery: arranged.", [["Walgreens Pharmacy", ORG]], ["Delivery", "arranged"]],
  ["Seen at Mercy Hospital Emergency.", [["Mercy Hospital", FAC]], ["Seen", "Emergency"]],
  ["Tejas Hill Regional Medical Center ICU, Kerrville Ford, TX",
    [["Tejas Hill Regional Medical Center ICU, Kerrville Ford, TX", FAC]], []],
  // a dose's schedule, a kind of hospital, a time or a state after a date's "at"
  ["Lasix started 3/4 at QHS.", [], ["Lasix", "QHS"]],
  ["PRIOR PCI 2088 AT OSH.", [], ["OSH"]],
  ["Hgb 7 on 3/4 at baseline.", [], ["baseline"]],
  ["seen 3/4 at Bedtime.", [], ["Bedtime"]],
];

runPlaceTable("places round 40 (loc40): positives", POSITIVES);
runPlaceTable("places round 40 (loc40): hard negatives", NEGATIVES);
