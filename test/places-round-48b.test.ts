// Why this file exists: table tests, with hard negatives, for the places round of stop 48 (pl48b): a town of the
// gazetteer before its state's code in lower case and ALL CAPS without the comma, or with a code that is a word and a
// ZIP (townCode48b()); a town of the gazetteer closing its field after a facility's head and a comma (facTown48b()),
// typed LOCATION where the dictionary made it a NAME; a grid address closed by " · " (gridAddress44()). Mixed case, ALL
// CAPS and lower case; both engines. Places and bodies are made up or changed.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const ORG = "location:organization";
const CITY = "location:city";
const STATE = "location:city-state";
const ZIP = "format:zip-address";

const CODES: ReadonlyArray<PlaceCase> = [
  // townCode48b: a listed town, one blank or a comma, the state's code, then a ZIP, the line's end or a mark
  ["intake · intermountain health sleep, murray ut", [["intermountain", ORG], ["murray", STATE]], ["intake", "sleep"]],
  ["INTAKE · INTERMOUNTAIN HEALTH SLEEP, MURRAY UT", [["INTERMOUNTAIN", ORG], ["MURRAY UT", ADDR]], ["INTAKE", "SLEEP"]],
  ["Lives in a 1 story home, Lakin KS.", [["Lakin KS", ADDR]], ["Lives", "story", "home"]],
  ["LIVES IN A 1 STORY HOME, LAKIN KS.", [["LAKIN KS", ADDR]], ["LIVES", "STORY", "HOME"]],
  ["lives in a 1 story home, lakin ks.", [["lakin", STATE]], ["lives", "story", "home"]],
  // (stop 57, oh57: the university before the town is found too now, schoolAlone57h(); fixture 22 labels it)
  ["student health center, eastern kentucky university, richmond ky", [["eastern kentucky university", ORG], ["richmond", STATE]], ["student", "health"]],
  ["us address 6240 s 1100 e, salt lake city ut 84121", [["6240 s 1100 e", ADDR], ["salt lake city", STATE], ["84121", ZIP]], ["us"]],
  // hard negatives: a title before the town, a code that is a word with nothing closing it, a street's type
  ["Seen by Dr Murray UT today.", [["Murray", "name:title"]], ["Seen", "today"]],
  ["SEEN BY DR MURRAY UT TODAY.", [["MURRAY", "name:title"]], ["SEEN", "TODAY"]],
  ["seen by dr murray ut today.", [["murray", "name:title"]], ["seen", "today"]],
  ["beneficiary: lucille broussard, 88, lafayette, la member", [["lucille broussard", "name:cue"], ["lafayette", "name:dictionary"]], ["member"]],
  ["Requester now at 2106 Pine Bluff Ct, O'Fallon, MO 63366", [["2106 Pine Bluff Ct, O'Fallon, MO", ADDR], ["63366", ZIP]], ["Requester"]],
  ["REQUESTER NOW AT 2106 PINE BLUFF CT, O'FALLON, MO 63366", [["2106 PINE BLUFF CT, O'FALLON, MO", ADDR], ["63366", ZIP]], ["REQUESTER"]],
];

const FACILITIES: ReadonlyArray<PlaceCase> = [
  // facTown48b: a listed town after a facility's head (or a state's name ending the name) and a comma, closing its field
  ["New patient · Coastal Skin Institute, Savannah", [["Savannah", CITY]], ["New", "Coastal", "Skin"]],
  ["NEW PATIENT · COASTAL SKIN INSTITUTE, SAVANNAH", [["SAVANNAH", CITY]], ["NEW", "COASTAL", "SKIN"]],
  ["new patient · coastal skin institute, savannah", [["savannah", CITY]], ["new", "coastal", "skin"]],
  ["audiology — children's hospital colorado, aurora · 3/14/2099", [["aurora", CITY]], ["audiology"]],
  // hard negatives: a person before her age, a title, no comma and nothing closing, a relation after the comma
  ["Madison, 45, presents with cough.", [["Madison", "name:dictionary"]], ["presents"]],
  ["madison, 45, presents with cough.", [["madison", "name:dictionary"]], ["presents"]],
  ["Seen by Dr. Savannah Reyes today.", [["Savannah Reyes", "name:title"]], ["Seen", "today"]],
  ["seen by dr. savannah reyes today.", [["savannah reyes", "name:title"]], ["seen", "today"]],
  ["Saw the aurora borealis last week.", [], ["aurora", "borealis"]],
  ["Eugene, her son, visits daily.", [["Eugene", "name:dictionary"]], ["son"]],
  ["eugene, her son, visits daily.", [["eugene", "name:dictionary"]], ["son"]],
];

const GRID: ReadonlyArray<PlaceCase> = [
  // gridAddress44: a grid address closed by a field's " · "
  ["Pt phone 801-555-0134 · 1190 N 900 E · Provo 84604 · referred",
    [["801-555-0134", "cue:phone"], ["1190 N 900 E", ADDR], ["Provo", CITY], ["84604", ZIP]], ["referred"]],
  ["pt phone 801-555-0134 · 1190 n 900 e · provo 84604 · referred",
    [["801-555-0134", "cue:phone"], ["1190 n 900 e", ADDR], ["provo", CITY], ["84604", ZIP]], ["referred"]],
  // hard negative: the phrase goes on after the letter
  ["walk 5 w 30 s then rest", [], ["walk", "rest"]],
];

runPlaceTable("places round 48b: a town before its state's code", CODES);
runPlaceTable("places round 48b: a town after a facility's comma", FACILITIES);
runPlaceTable("places round 48b: a grid address before ' · '", GRID);
