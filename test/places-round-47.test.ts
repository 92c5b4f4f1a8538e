// Why this file exists: table tests, with hard negatives, for the stop 47 substitution round (sub47p): rules found by
// replacing every gold place, organisation and identifier of fixtures 1-34 and presidio with hand-written ones of the
// same kind and shape (a harness outside the repository, docs/names-rounds.md "Stop 47, sub47p") and fixing the causes
// that recur across substitutes: a town named for a saint, a mountain or a fort with its abbreviation's period where a
// place stands ("lives in St. Cloud,", "(Ft. Stockton)": saintTown47()), a numbered road's own first word ("Rural
// Route 2", "4 Old Route 9": roadOpener47()), a facility's "for" and whom it serves ("Riley Hospital for Children":
// forTail47()), and railways, rental firms, resorts, casinos and a town's police department as bodies' heads
// (scripts/build-dictionaries.mjs). Mixed case, ALL CAPS and lower case; both engines. Places and bodies are made up or
// changed.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ADDR = "location:address";
const FAC = "location:facility";
const ORG = "location:organization";
const CITY = "location:city";

const SAINTS: ReadonlyArray<PlaceCase> = [
  // saintTown47: after a place's preposition, a bracket, a comma or a line's start, closed right after
  ...tri("Her sister lives in St. Cloud, near the lake.", [["St. Cloud", CITY]], ["sister", "lake"]),
  ...tri("Grew up in Mt. Shasta.", [["Mt. Shasta", CITY]], ["Grew"]),
  ...tri("Home in Ste. Genevieve; son visits weekly.", [["Ste. Genevieve", CITY]], ["Home", "son", "visits"]),
  ...tri("Transfer from (Ft. Stockton) by air.", [["Ft. Stockton", CITY]], ["Transfer", "air"]),
  // hard negatives: a saint's herb, a facility (its own rule), a street's type before a word, Montana's code before a
  // sentence, a road's words of a drug's route
  ...tri("Takes St. John's wort daily.", [], ["John's", "wort", "daily"]),
  ...tri("Seen at St. Vincent's Hospital today.", [["St. Vincent's Hospital", FAC]], ["today"]),
  ...tri("Lives on Main St. Cloudy today.", [["Main St", ADDR]], ["Cloudy", "today"]),
  ["Billings, MT. Follow up in 2 weeks.", [["Billings, MT", ADDR]], ["Follow"]],
  ["BILLINGS, MT. FOLLOW UP IN 2 WEEKS.", [["BILLINGS, MT", ADDR]], ["FOLLOW"]],
];

const ROADS: ReadonlyArray<PlaceCase> = [
  // roadOpener47: "Old", "Rural", "Star" or "US" before a numbered road (mixed case and ALL CAPS: the lower-case road
  // rule wants a place's preposition before it)
  ["Lives at 4 Old Route 9, Dothan.", [["4 Old Route 9, Dothan", ADDR]], ["Lives"]],
  ["LIVES AT 4 OLD ROUTE 9, DOTHAN.", [["4 OLD ROUTE 9, DOTHAN", ADDR]], ["LIVES"]],
  ["Home: Rural Route 2, Tifton.", [["Rural Route 2, Tifton", ADDR]], ["Home"]],
  ["HOME: RURAL ROUTE 2, TIFTON.", [["RURAL ROUTE 2, TIFTON", ADDR]], ["HOME"]],
  // hard negatives: a drug's route
  ...tri("Old route of administration was oral.", [], ["Old", "route", "administration"]),
];

const BODIES: ReadonlyArray<PlaceCase> = [
  // forTail47: a facility's head, "for" and whom it serves, closing its phrase (a bracket, a comma, the line's end)
  ...tri("Consult at Riley Hospital for Children (genetics) today.", [["Riley Hospital for Children", FAC]], ["Consult", "genetics", "today"]),
  // hard negatives: a stay's reason after the facility in ALL CAPS and lower case
  ["ADMITTED TO MERCY HOSPITAL FOR SURGERY.", [["MERCY HOSPITAL", FAC]], ["ADMITTED", "SURGERY"]],
  ["admitted to mercy hospital for surgery.", [["mercy hospital", FAC]], ["admitted", "surgery"]],
  ["Admitted to Mercy Hospital for surgery.", [["Mercy Hospital", FAC]], ["Admitted", "surgery"]],
  // a town's police department (ALL CAPS and lower case gained "Department"; mixed case had it)
  ...tri("Retired from the Harlowe Springs Police Department.", [["Harlowe Springs Police Department", ORG]], ["Retired"]),
  // hard negatives: the heads after English words, a department after a body, a device's "Care"
  ...tri("Worked on the railroad; wound care daily; home care aide.", [], ["railroad", "wound", "care", "aide"]),
  ...tri("Social Services department called.", [], ["Social", "Services", "department"]),
];

runPlaceTable("stop 47 places: a town named for a saint, a mountain or a fort", SAINTS);
runPlaceTable("stop 47 places: a numbered road's own first word", ROADS);
runPlaceTable("stop 47 bodies: a facility's 'for' tail, a police department", BODIES);
