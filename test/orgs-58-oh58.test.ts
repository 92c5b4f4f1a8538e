// Why this file exists: table tests, with hard negatives, for stop 58's organisations round (oh58), in mixed case, ALL
// CAPS and lower case, both engines: a county's own body or agency after the county's name and head ("Tarrow County
// Public Defender", "Quenby County Mental Health", "Vellamy Parish Sheriff's Office", "Harlowe County Processing
// Center"), which mixed case and ALL CAPS join by the capitals and lower-case text now joins too (lowerCountyOrg58h() in
// assembly/names/r58_oh.ts, read at the county's head). Hard negatives: "the county jail", "county health nurse", "out of
// county", a body's words with no county's name before them, a hospital ("Dunmere County Medical Center" stays the
// facility rules') (a body going on past "&" is test/public-bodies-56.test.ts's row). Names invented.
import { casedRows, runPlaceTable, FAC, ORG, type PlaceCase } from "./helpers/place-table.js";

const ROWS: ReadonlyArray<PlaceCase> = [
  // a county's public defender after a label's colon
  ...casedRows("Defense counsel: Tarrow County Public Defender.\n", [["Tarrow County Public Defender", ORG]], ["Defense counsel"]),
  // a county's mental health agency after a word of where, a function word after it
  ...casedRows("Last saw him at Quenby County Mental Health last week.\n", [["Quenby County Mental Health", ORG]], ["Last saw", "week"]),
  // a parish's sheriff's office, the name going on past the look-ahead with a function word
  ...casedRows("Brought in by Vellamy Parish Sheriff's Office on an order.\n", [["Vellamy Parish Sheriff's Office", ORG]], ["Brought", "order"]),
  // a county's processing center before a verb
  ...casedRows("He was held at Harlowe County Processing Center and released.\n", [["Harlowe County Processing Center", ORG]], ["held", "released"]),
];


// (lower case, the rule's text: in ALL CAPS and mixed case the older capitalised rules read these, "THE COUNTY JAIL")
const NOT: ReadonlyArray<PlaceCase> = [
  // the head with no county's name before it
  ["taken to the county jail overnight; the county health nurse called.\n", [], ["county jail", "county health"]],
  ["out of county; public defender assigned; adult probation aware.\n", [], ["public defender", "adult probation"]],
  // a hospital after a county's name stays the facility rules'
  ["transferred from dunmere county medical center today.\n", [["dunmere county medical center", FAC]], ["transferred", "today"]],
];

runPlaceTable("stop 58 (oh58): a county's own body after its name and head", ROWS);
runPlaceTable("stop 58 (oh58): a county's words with no county's name stay words", NOT);
