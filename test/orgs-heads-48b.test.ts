// Why this file exists: table tests, with hard negatives, for the stop 48 organisations round (og48b): a body's own
// words, its kind's words and a facility's or an organisation's head in lower case and ALL CAPS, where capitals cannot
// show where the name opens, so a frame must ("at", "from", "via", "through", "attends", "the" after one, "to" and
// "with" with two own words or one no English list has; a label's colon, a provider's credential and its comma, a
// heading's dash, a column's gap) and the clause must close after the head (caselessHead48, ownNamer48, kindWord48 in
// assembly/names/detect.ts). Hard negatives: a department or a specialty with no own word ("seen in dermatology
// clinic", "follow up with pediatrics", "referred to sleep medicine clinic", "follow up at student health center"), a
// head inside a sentence ("the medical group meeting"), a determiner or a word of kind before the head ("our family
// clinic", "local staffing services"), an infinitive's verb ("to continue physical therapy", "to see pediatric
// associates"), a test's words ("with myocardial perfusion imaging"). Mixed case, ALL CAPS and lower case; both engines.
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

const NAMED: ReadonlyArray<PlaceCase> = [
  // (a frame of where and the clause's close; mixed case was read by its capitals before this round)
  ...tri("He attends Little Blossoms Daycare on weekdays.", [["Little Blossoms Daycare", ORG]], ["attends", "weekdays"]),
  ...tri("Please keep her home from Little Wonders Daycare until Friday.", [["Little Wonders Daycare", ORG]], ["keep", "until"]),
  ...tri("New HIV dx 9/2 at Osprey STD Clinic.", [["Osprey STD Clinic", FAC]], ["New"]),
  ["Referring: Ada Lowe, NP, Tidewater Rural Health System", [["Ada Lowe", "name:neighbour"], ["Tidewater Rural Health System", FAC]], ["Referring"]],
  ["REFERRING: ADA LOWE, NP, TIDEWATER RURAL HEALTH SYSTEM", [["ADA LOWE", "name:cue"], ["TIDEWATER RURAL HEALTH SYSTEM", FAC]], ["REFERRING"]],
  ["referring: ada lowe, np, tidewater rural health system", [["ada lowe", "name:cue"], ["tidewater rural health system", FAC]], ["referring"]],
  ...tri("Pt is a student at Harbor Point Community College.", [["Harbor Point Community College", ORG]], ["student"]),
  ...tri("Follow up at Stone Bridge Family Clinic on 3/4.", [["Stone Bridge Family Clinic", FAC]], ["Follow"]),
  // (ALL CAPS and lower case only: mixed case leaves these as they were)
  ["BACKUP POLICY THROUGH BRIGHT PATH AGENCY.", [["BRIGHT PATH AGENCY", ORG]], ["POLICY", "THROUGH"]],
  ["backup policy through bright path agency.", [["bright path agency", ORG]], ["policy", "through"]],
  ["PT VOLUNTEERS AT THE JUNIPER HOLLOW HUMANE SOCIETY ON WEEKENDS.", [["JUNIPER HOLLOW HUMANE SOCIETY", ORG]], ["VOLUNTEERS", "WEEKENDS"]],
  ["pt volunteers at the juniper hollow humane society on weekends.", [["juniper hollow humane society", ORG]], ["volunteers", "weekends"]],
  ["PT SEEN AT WESTBROOK DAKOTA PULMONARY CLINIC TODAY", [["WESTBROOK DAKOTA PULMONARY CLINIC", FAC]], ["SEEN", "TODAY"]],
  ["pcp: westbrook dakota pulmonary clinic.", [["westbrook dakota pulmonary clinic", FAC]], ["pcp"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Seen in dermatology clinic today.", [], ["dermatology", "clinic"]),
  ...tri("Follow up with pediatrics in 2 weeks.", [], ["pediatrics"]),
  ...tri("Discussed at the medical group meeting.", [], ["medical", "group"]),
  ...tri("Return to our family clinic as needed.", [], ["family", "clinic"]),
  ...tri("Plan to continue physical therapy.", [], ["continue", "therapy"]),
  ...tri("Referred to sleep medicine clinic.", [], ["sleep", "clinic"]),
  ...tri("Follow up at student health center.", [], ["student", "center"]),
  ...tri("Exercise test with myocardial perfusion imaging.", [], ["perfusion", "imaging"]),
  ...tri("Plan to see pediatric associates next week.", [], ["pediatric", "associates"]),
  ["works at local staffing services.", [], ["local", "staffing"]],
];

runPlaceTable("og48b: a body's own words, its kind's words and a head after a frame, in lower case and ALL CAPS", NAMED);
runPlaceTable("og48b: a department, a specialty, a sentence's head or a verb before it stays words", NEGATIVES);
