// Why this file exists: table tests, with hard negatives, for stop 36's lower-case round: org35's name of common English
// words before a head of two words (namedTwoWordHead35 in assembly/names/detect.ts) read in lower-case text too, where
// only a word of where or a label's colon frames it, and a column gap ends the name in every case. Both engines.
// Lower-case "may"/"mar" and a day as a date with the evidence a chat message or a lower-case note gives
// (lowerMonthDayCued36 in assembly/scanners/date.ts); addresses, record headers, initials and shops in lower case; and
// two age forms over 89 in any case (after a birth date in brackets, "alive at"). Names are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a word of where, and the clause closes after the head
  ["referred to landmark wound center.", [["landmark wound center", FAC]], ["referred"]],
  ["seen at ocala family medical center.", [["ocala family medical center", FAC]], ["seen"]],
  ["transferred to trinity visiting nurses for wound care", [["trinity visiting nurses", ORG]], ["transferred", "wound"]],
  ["she sees dr. ortiz at smile pediatric dentistry, twice a year", [["ortiz", "name:title"], ["smile pediatric dentistry", ORG]],
    ["twice"]],
  ["he was admitted from prairie view assisted living on tuesday", [["prairie view assisted living", FAC]], ["admitted", "tuesday"]],
  ["she attends ryan middle school in the fall", [["ryan middle school", ORG]], ["attends", "fall"]],
  // a label's colon, the field closed
  ["services: home pt/ot through heritage home health (start 3/4)", [["heritage home health", ORG]], ["services", "start"]],
  ["pcp: landmark family clinic\nallergies: none", [["landmark family clinic", FAC]], ["pcp", "allergies"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a kind's words only before the head, a determiner or a pronoun
  ["seen at same day surgery center today.", [], ["same", "day", "surgery", "center"]],
  ["referred to outpatient wound center.", [], ["outpatient", "wound", "center"]],
  ["seen at the wound center today.", [], ["wound", "center"]],
  ["referred to our wound center.", [], ["wound", "center"]],
  ["went to her family clinic.", [], ["family", "clinic"]],
  ["follow up at pain management center.", [], ["pain", "management", "center"]],
  ["referred to heart failure clinic", [], ["heart", "failure", "clinic"]],
  ["sent to pediatric surgical hospital.", [], ["pediatric", "surgical", "hospital"]],
  ["transferred to acute rehab hospital.", [], ["acute", "rehab", "hospital"]],
  ["follow up with sports medicine clinic.", [], ["sports", "medicine", "clinic"]],
  ["admitted to behavioral health unit.", [], ["behavioral", "health", "unit"]],
  ["discharged to skilled nursing facility.", [], ["skilled", "nursing", "facility"]],
  // no frame of where or label: a plan's words, a sentence's start
  ["plan: continue home care", [], ["continue", "home", "care"]],
  ["wound center visit went well and the dressing was changed.", [], ["wound", "center"]],
  // the clause goes on after the head: the words may be a description
  ["referred to landmark wound center staff for teaching", [], ["landmark", "wound"]],
  // a column gap between the words opens another field
  ["return-to-play clearance       sports medicine at 2 pm", [], ["clearance", "sports", "medicine"]],
];

// addresses in lower case (the address detector's paths that read the ALL CAPS shapes)
const ADDR = "location:address";
const ADDRESSES: ReadonlyArray<PlaceCase> = [
  // a street of a rarer type (streetLine27) with the ALL CAPS tail, and a unit in lower case
  ["lives at 44 orchard row, unit 2, bayou chenaie", [["44 orchard row, unit 2, bayou chenaie", ADDR]], ["lives"]],
  ["pt lives at 12 oak st, apt 4 with her son", [["12 oak st, apt 4", ADDR]], ["lives", "son"]],
  // an abbreviated type in brackets after a place
  ["fall from greystone nursing home (400 quarry rd) after supper", [["greystone nursing home", FAC], ["400 quarry rd", ADDR]],
    ["fall", "supper"]],
  ["fell at home (4100 s. telegraph rd) last night", [["4100 s. telegraph rd", ADDR]], ["home", "night"]],
  // a town of common words closed by a state's code and a ZIP
  ["patient lives at 5 tanager way, reading ma 01867. ertapenem 1 g daily", [["5 tanager way, reading ma 01867", ADDR]],
    ["ertapenem", "daily"]],
];
const ADDRESS_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["she walks 2 blocks, row 3 of the chart", [], ["walks", "row"]],
  ["placed 2 double row anchors, unit 2 closed", [], ["double", "row", "unit"]],
  ["took (2 tabs dr) and slept", [], ["tabs"]],
  ["pain score (10 on rd) this am", [], ["score"]],
  ["drove home (40 min drive) alone", [], ["drive"]],
];

// a hospital named by a word no list has after "to the"
const HEADERS: ReadonlyArray<PlaceCase> = [
  ["pt brought by ems to the brayvale hospital emergency room.", [["brayvale hospital", FAC]], ["emergency", "room"]],
];
const HEADER_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a unit's cell, two letters, a word of two cells
  ["1234567 | mg | 5 | daily", [], ["mg"]],
  ["553841255 | new pt | 08432156 |", [], ["new"]],
  // a specialty before "hospital"
  ["admitted to the psychiatry hospital ward", [], ["psychiatry", "hospital"]],
];

runPlaceTable("stop 36 lower case: addresses", ADDRESSES);
runPlaceTable("stop 36 lower case: record headers and hospitals", HEADERS);
runPlaceTable("stop 36 lower case: record headers and hospitals, hard negatives", HEADER_NEGATIVES);
runPlaceTable("stop 36 lower case: addresses, hard negatives", ADDRESS_NEGATIVES);
runPlaceTable("stop 36 lower case: a name of common words before a two-word head", POSITIVES);
runPlaceTable("stop 36 lower case: hard negatives", NEGATIVES);

// lower-case "may"/"mar" and a day: a word that dates an event before, the phrase's end, "at" and a clock time, a range
const DATES: ReadonlyArray<TypedCase> = [
  ["next visit may 31. mmi not reached.", [["may 31", "DATE"]], ["visit"]],
  ["she missed may 8 treatment (ride fell through)", [["may 8", "DATE"]], ["treatment"]],
  ["family meeting set for mar 15 with the team", [["mar 15", "DATE"]], ["meeting", "team"]],
  ["urology f/u may 16 at 10:30 am in clinic", [["may 16", "DATE"]], ["urology", "clinic"]],
  ["repeat imaging in 6 weeks (around may 21); no appointment yet", [["may 21", "DATE"]], ["imaging", "appointment"]],
  ["cardiology f/u benedetta yarrow  mar 14\nsince last seen", [["mar 14", "DATE"]], ["cardiology", "since"]],
];
const DATE_NEGATIVES: ReadonlyArray<TypedCase> = [
  ["you may 2x daily if needed", [], ["may"]],
  ["she may 2 tabs at bedtime", [], ["may"]],
  ["may 1-2 puffs q4h prn", [], ["may"]],
  ["pt may 3 times a day walk the hall", [], ["may"]],
  ["up to may 5 mg nightly", [], ["may"]],
  ["checked mar 2 pages for missed doses", [], ["mar"]],
];
runTypedTable("stop 36 lower case: may/mar and a day", ["DATE"], DATES);
runTypedTable("stop 36 lower case: may/mar and a day, hard negatives", ["DATE"], DATE_NEGATIVES);

// a hospital's acronym in a lower-case record header's cell (read by the record-field scanner, which runs when an
// identifier type is on, as by default: every type on here)
const HEADER_CELLS: ReadonlyArray<TypedCase> = [
  ["553841255 | xto | 08432156 | | 5551718 | 5/19/2015 12:00:00 am | discharge summary | signed | dis\nadmission date: 5/19/2015",
    [["553841255", "ID"], ["xto", "LOCATION"], ["08432156", "ID"], ["5551718", "ID"]], ["discharge", "summary"]],
  ["4417820 | fhmc | 88201374 | | 0921 | 1/2/2019 | ed note\nseen today", [["4417820", "ID"], ["fhmc", "LOCATION"], ["88201374", "ID"]],
    ["note"]],
];
const HEADER_CELL_NEGATIVES: ReadonlyArray<TypedCase> = [
  // two letters (a unit), two words
  ["1234567 | mg | 5 | daily", [["1234567", "ID"]], ["mg"]],
  ["553841255 | new pt | 08432156 |\nok", [["553841255", "ID"], ["08432156", "ID"]], ["new"]],
];
runTypedTable("stop 36 lower case: a record header's hospital cell", ["ID", "LOCATION"], HEADER_CELLS);
runTypedTable("stop 36 lower case: a record header's hospital cell, hard negatives", ["ID", "LOCATION"], HEADER_CELL_NEGATIVES);

// a clinician's initial and a surname of two halves, or "by" and a listed surname (lowerInitialSurname21); a shop's or
// practice's one-word head after a word no list has (lowerFacilityWord)
const PEOPLE_AND_SHOPS: ReadonlyArray<PlaceCase> = [
  ["narrative by r. fuentes-ayala, nremt-p #p2219804", [["r. fuentes-ayala", "name:initial"]], ["narrative"]],
  ["final report signed by t. whitfield today", [["t. whitfield", "name:initial"]], ["final", "report"]],
  // (stop 50, og50: a pharmacy's name is typed the organisation the fixtures label it; the span is the same)
  ["rx sent to hannaford pharmacy today", [["hannaford pharmacy", ORG]], ["rx", "today"]],
];
const PEOPLE_AND_SHOPS_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a germ's genus and species, after "by" too
  ["caused by e. coli in the urine", [], ["coli"]],
  ["colonized by s. aureus-positive swab", [], ["aureus"]],
  ["covered by p. aeruginosa-directed therapy", [], ["aeruginosa"]],
  ["grade 2 by e. coli-like organism", [], ["coli"]],
  // a kind of pharmacy
  ["rx sent to specialty pharmacy today", [], ["specialty", "pharmacy"]],
  ["call the outpatient pharmacy today", [], ["outpatient", "pharmacy"]],
];
runPlaceTable("stop 36 lower case: initials and shops", PEOPLE_AND_SHOPS);
runPlaceTable("stop 36 lower case: initials and shops, hard negatives", PEOPLE_AND_SHOPS_NEGATIVES);

// (stop 36, main) ages over 89: alone in brackets after a birth date and its cue; a relative alive at an age
const AGES: ReadonlyArray<TypedCase> = [
  ["DOB: 1995.06.03 (101)     MRN EARV-55120", [["101", "AGE"]], ["MRN"]],
  ["552-41-8807 · DOB 06/30/2006 (90) · ICN 1008847", [["90", "AGE"]], ["ICN"]],
  ["d.o.b. 3-4-1931 (94) lives alone", [["94", "AGE"]], ["lives"]],
  ["Mother Aurore Fontaine, alive at 98 in a home in Sherbrooke", [["98", "AGE"]], ["home"]],
];
const AGE_NEGATIVES: ReadonlyArray<TypedCase> = [
  // no birth date's cue, an age under 90, a saturation
  ["seen 06/30/2006 (90) for follow-up", [], ["seen"]],
  ["DOB 06/30/2006 (45) · ICN 1008847", [], ["ICN"]],
  ["found alive at 90% saturation on arrival", [], ["saturation"]],
];
runTypedTable("stop 36: ages after a birth date, alive at", ["AGE"], AGES);
runTypedTable("stop 36: ages after a birth date, alive at, hard negatives", ["AGE"], AGE_NEGATIVES);

// lower-case numbered roads (lowerRoute21): more prepositions, a place's label, a shop before, "rural route"
const ROADS: ReadonlyArray<PlaceCase> = [
  ["location: under route 676 at the overpass", [["route 676", ADDR]], ["overpass"]],
  ["location: interstate 84 westbound at mile 12", [["interstate 84", ADDR]], ["westbound"]],
  // (stop 47, sub47p: the road's own first word joins it, roadOpener47())
  ["lives alone on a farm off rural route 4 with her dog", [["rural route 4", ADDR]], ["farm", "dog"]],
];
const ROAD_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["dose: route 2 per protocol", [], ["route"]],
  ["med route 2 times daily", [], ["route"]],
  ["changed over route 2 of the protocol", [], ["route"]],
  ["route: 2 tabs po", [], ["route"]],
];
runPlaceTable("stop 36 lower case: numbered roads", ROADS);
runPlaceTable("stop 36 lower case: numbered roads, hard negatives", ROAD_NEGATIVES);
