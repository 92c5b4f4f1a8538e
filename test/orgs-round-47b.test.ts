// Why this file exists: table tests, with hard negatives, for the stop 47 second organisations round (og47b): the
// facility walk's crossing of one or two core words after a place's or a name's word in lower case ("scranton primary
// health care center", "chinle comprehensive health care": lowerCoreInName47 in assembly/names/detect.ts), a practice
// named by a place and a specialty in lower case too ("piedmont neurosurgery": placeSpecialty, with neurosurgery,
// otolaryngology and anesthesiology among the specialties), and a congregation's own words before its denomination and
// "church" in lower case and ALL CAPS after a word that says a congregation ("member of white rock baptist church":
// congregationName47). Hard negatives: a department or a service after a determiner or with no place ("the sleep lab",
// "our wound clinic", "normal neurology exam", "general cardiology"), a hospital's town and its department ("mercy
// hospital springfield structural heart clinic", "memorial hospital at gulfport urology lab"), a word of kind or size
// before the denomination ("the local baptist church", "a nearby methodist church"). Mixed case, ALL CAPS and lower
// case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";
const CITY = "location:city";

const SPECIALTIES: ReadonlyArray<PlaceCase> = [
  ...tri("Scheduling comments: Piedmont Neurosurgery, pt called back.", [["Piedmont Neurosurgery", FAC]], ["Scheduling", "called"]),
  ...tri("Referred to Pioneer Valley Cardiology for an echo.", [["Pioneer Valley Cardiology", FAC]], ["Referred", "echo"]),
  ...tri("Letter sent to Norwood Oncology today.", [["Norwood Oncology", FAC]], ["Letter", "today"]),
  ...tri("Consult from Chesapeake Otolaryngology requested.", [["Chesapeake Otolaryngology", FAC]], ["Consult", "requested"]),
];

const SPECIALTY_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Normal neurology exam today.", [], ["Normal", "neurology"]),
  ...tri("Follow up with general cardiology next week.", [], ["general", "cardiology"]),
  // (a hospital's campus and its department: mixed case and ALL CAPS are older rules' and stay as they were)
  // (stop 63: "<own words> <head> at <town>" is one facility's name, "Memorial Hospital at Gulfport": fa63's atPlace63();
  // the department after it still stays words)
  ["urodynamic study at memorial hospital at gulfport urology lab on arrival.", [["memorial hospital at gulfport", FAC]], ["urology", "lab"]],
  ["form from sanford health fargo interventional psychiatry session.", [["sanford health", FAC], ["fargo", CITY]], ["interventional", "psychiatry"]],
  ["FORM FROM SANFORD HEALTH FARGO INTERVENTIONAL PSYCHIATRY SESSION.", [["SANFORD HEALTH", FAC], ["FARGO", CITY]], ["INTERVENTIONAL", "PSYCHIATRY"]],
];

const CORE_WORDS: ReadonlyArray<PlaceCase> = [
  ...tri("Follow-up: Scranton Primary Health Care Center with Dr. Ames.", [["Scranton Primary Health Care Center", FAC], ["Ames", "name:title"]], ["Follow-up"]),
  ...tri("Prior care at Chinle Comprehensive Health Care records requested.", [["Chinle Comprehensive Health Care", FAC]], ["Prior", "records"]),
  ...tri("Referred to Roswell Park Comprehensive Cancer Center in June.", [["Roswell Park Comprehensive Cancer Center", FAC]], ["Referred", "June"]),
  ...tri("Sleep study at Kenosha Wound Clinic.", [["Kenosha Wound Clinic", FAC]], ["Sleep", "study"]),
];

const CORE_NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("She goes to the sleep lab on Tuesdays.", [], ["sleep", "lab"]),
  ...tri("Dressing changes at our wound clinic weekly.", [], ["wound", "clinic"]),
  ...tri("Lives in Boston. Sleep clinic follow-up in May.", [["Boston", CITY]], ["Sleep", "clinic"]),
  // (ALL CAPS reads the department with the hospital, as at the round's start)
  ["Referred her to the structural heart team at Mercy Hospital Springfield structural heart clinic.", [["Mercy Hospital Springfield", FAC]], ["team", "clinic."]],
  ["referred her to the structural heart team at mercy hospital springfield structural heart clinic.", [["mercy hospital springfield", FAC]], ["team", "clinic."]],
];

const CONGREGATIONS: ReadonlyArray<PlaceCase> = [
  ...tri("Pt active member of Morning Star Baptist Church; church van available.", [["Morning Star Baptist Church", ORG]], ["active", "van"]),
  ...tri("Member of White Rock Baptist Church.", [["White Rock Baptist Church", ORG]], ["Member"]),
  ...tri("He attends First Mennonite Church on Sundays.", [["First Mennonite Church", ORG]], ["attends", "Sundays"]),
  // (stop 51, nm51: the pastor's office stays out of the name in every case, as fixture 15 labels it, rankSurname51())
  ["Pastor Elgin Mayfield of Greater New Hope Baptist Church has offered rides.", [["Elgin Mayfield", "name:neighbour"], ["Greater New Hope Baptist Church", ORG]], ["offered", "Pastor"]],
  ["PASTOR ELGIN MAYFIELD OF GREATER NEW HOPE BAPTIST CHURCH HAS OFFERED RIDES.", [["ELGIN MAYFIELD", "name:neighbour"], ["GREATER NEW HOPE BAPTIST CHURCH", ORG]], ["OFFERED", "PASTOR"]],
  ["pastor elgin mayfield of greater new hope baptist church has offered rides.", [["elgin mayfield", "name:neighbour"], ["greater new hope baptist church", ORG]], ["offered"]],
];

const CONGREGATION_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // (the denomination and "church" alone are an older rule's, as at the round's start)
  ...tri("He attends the local Baptist Church.", [["Baptist Church", ORG]], ["attends", "local"]),
  ...tri("Attends a nearby Methodist church with his wife.", [], ["nearby", "Methodist"]),
];

runPlaceTable("og47b: a practice named by a place and a specialty, in every case", SPECIALTIES);
runPlaceTable("og47b: a specialty with no place, or a hospital's department after its town, stays words", SPECIALTY_NEGATIVES);
runPlaceTable("og47b: core words inside a facility's name after a place's word, in lower case", CORE_WORDS);
runPlaceTable("og47b: a department or service after a determiner or a sentence stays words", CORE_NEGATIVES);
runPlaceTable("og47b: a congregation's own words before its denomination and church", CONGREGATIONS);
runPlaceTable("og47b: a word of kind or size before the denomination stays a word", CONGREGATION_NEGATIVES);
