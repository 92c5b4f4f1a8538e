// Why this file exists: table tests, with hard negatives, for stop 48's ix48b: two rules of the round met on one name.
// orgWord48() (og48: a known organisation's word alone after a frame, "ford", "delta") runs first and takes the word;
// caselessHead48() (og48b: in lower case and ALL CAPS, a body's own words and its kind's words before a head after a
// frame, "ford motor company", "delta prime foods") then read the wider name but never absorbed a word another rule had
// decided, so lower-case text kept only "ford" and left "motor company" bare. Now caselessHead48() reads the known word
// orgWord48() took alone, while it is still the span pending, as the wider name's first word, and the span grows over
// it (orgPending48() in assembly/names/detect.ts); "as" closes the clause after the head too ("... company as a welder").
// Hard negatives: the known word alone stays alone ("retired from ford after 30 years", "retired from ford as a
// machinist"), a name the older rules read stays as they read it ("works at delta dental billing" keeps "delta dental"
// in mixed and lower case), a word after the known one with no head stays out ("works at ford dealership"). Mixed case,
// ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";

const WIDER: ReadonlyArray<PlaceCase> = [
  ...tri("Works at Ford Motor Company.", [["Ford Motor Company", ORG]], ["Works"]),
  ...tri("(works at Ford Motor Company)", [["Ford Motor Company", ORG]], ["works"]),
  ...tri("Employer: Ford Motor Company", [["Ford Motor Company", ORG]], ["Employer"]),
  ...tri("Works at Ford Motor Company as a welder.", [["Ford Motor Company", ORG]], ["Works", "welder"]),
  ...tri("Laceration at Delta Prime Foods; brought in by wife.", [["Delta Prime Foods", ORG]], ["Laceration", "brought", "wife"]),
  ...tri("Works at Delta Prime Foods as a line cook.", [["Delta Prime Foods", ORG]], ["Works", "line", "cook"]),
  ...tri("Works at Target Distribution Center.", [["Target Distribution Center", ORG]], ["Works"]),
];

const STAYS: ReadonlyArray<PlaceCase> = [
  ...tri("Retired from Ford after 30 years.", [["Ford", ORG]], ["Retired", "after", "years"]),
  ...tri("Retired from Ford as a machinist.", [["Ford", ORG]], ["Retired", "machinist"]),
  ...tri("Retired from Ford in 2019.", [["Ford", ORG]], ["Retired"]),
  ["Works at Delta Dental billing.", [["Delta Dental", ORG]], ["Works", "billing"]],
  ["works at delta dental billing.", [["delta dental", ORG]], ["works", "billing"]],
  ["Works at Ford dealership.", [["Ford", ORG]], ["Works", "dealership"]],
  ["works at ford dealership.", [["ford", ORG]], ["works", "dealership"]],
];

runPlaceTable("ix48b: a known organisation's word opens a wider name before a head, in every case", WIDER);
runPlaceTable("ix48b: the known word alone, or a name the older rules read, stays as it was", STAYS);
