// Why this file exists: table tests, with hard negatives, for stop 57's schools and military installations round
// (oh57), in mixed case, ALL CAPS and lower case, both engines: a school named by its own words and its level's head
// ("Hillcrest Middle School", "Sinking Fork Elementary"), a college or a university named by its words ("Quillmore
// Community & Technical College", "Harlowe State University"), after a frame (schoolAlone57h() in
// assembly/names/r57_oh.ts); a military installation ("Tessary Air Force Base", "Joint Base Quillon-Ashby", "Naval Air
// Station Dellmore", "stationed at fort quillon": militaryBase57h()). Hard negatives: "completed high school", "a high
// school diploma", "her middle school", "local high school", "camp counselor", "built a fort", "police report", "the air
// force base", "ICU unit 4", "air med" in prose. Names invented.
import { casedRows, casedRowsEach, runPlaceTable, ORG, FAC, type PlaceCase } from "./helpers/place-table.js";

const ROWS: ReadonlyArray<PlaceCase> = [
  // a school's level after its words, after a preposition
  ...casedRows("School note given for Hillcrest Middle School. Next recall in March.\n", [["Hillcrest Middle School", ORG]], ["School note", "Next"]),
  // after "the", a word after the head that is no part of it
  ...casedRows("He plays trumpet in the Quarry Bend High School band.\n", [["Quarry Bend High School", ORG]], ["trumpet", "band"]),
  // "Elementary" alone after a comma
  ...casedRows("Grade 1, Sinking Fork Elementary · homeroom 4.\n", [["Sinking Fork Elementary", ORG]], ["homeroom"]),
  // "Junior High School"
  ...casedRows("Attends Tollard Junior High School (grade 8).\n", [["Tollard Junior High School", ORG]], ["Attends"]),
  // a college's kinds joined by "&"
  ...casedRows("Saw a counselor at Quillmore Community & Technical College in the fall.\n",
    [["Quillmore Community & Technical College", ORG]], ["counselor", "fall"]),
  // a university with a kind's word
  ...casedRows("Return note for Harlowe State University faxed today.\n", [["Harlowe State University", ORG]], ["Return", "faxed"]),
  // a school after "and"
  ...casedRows("Children attend Vellamy Elementary and Thornbury Middle School.\n",
    [["Vellamy Elementary", ORG], ["Thornbury Middle School", ORG]], ["Children"]),
];

const BASES: ReadonlyArray<PlaceCase> = [
  // an air force base after a preposition (mixed case: the older organisation rule's)
  ...casedRowsEach("Active duty at Tessary Air Force Base until 2090.\n",
    [[["Tessary Air Force Base", ORG]], [["TESSARY AIR FORCE BASE", FAC]], [["tessary air force base", FAC]]], ["duty"]),
  // a joint base's name after it
  ...casedRows("Deployment site: Joint Base Quillon-Ashby, then home.\n", [["Joint Base Quillon-Ashby", FAC]], ["site", "home"]),
  // a naval air station's name after it
  ...casedRows("Son-in-law is at Naval Air Station Dellmore now.\n", [["Naval Air Station Dellmore", FAC]], ["now"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // a school's level with no name's words before it, or words that say whose, which kind or when
  ...casedRows("She completed high school and has a high school diploma.\n", [], ["completed", "high school diploma"]),
  ...casedRows("Her middle school is near; the local high school; some college.\n", [], ["middle school", "local", "college"]),
  ...casedRows("Son's elementary school called; at community college; a state university.\n", [], ["elementary", "community", "university"]),
  ...casedRows("Works as a camp counselor; police report filed; ICU unit 4 bed.\n", [], ["camp counselor", "police report", "unit 4"]),
  ...casedRows("Kids built a fort in the yard; pillow fort at home.\n", [], ["fort", "pillow fort"]),
  ...casedRows("Called air med for transfer; air med crew at bedside.\n", [], ["air med"]),
];

runPlaceTable("stop 57 (oh57): a school or a college named by its own words after a frame", ROWS);
runPlaceTable("stop 57 (oh57): a military installation", BASES);
runPlaceTable("stop 57 (oh57): schooling's phrases, a fort, a unit, a report stay words", NOT);
