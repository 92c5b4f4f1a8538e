// Why this file exists: table tests, with hard negatives, for the stop 35 organisations and places round (org35): a
// name of common English words before a head of two words (a kind's word, then the head: "Wound Center", "Family
// Clinic", "Surgical Hospital", "Visiting Nurses") after a frame of where, a label's colon, a heading's dash or a line's
// start, in mixed case and ALL CAPS (namedTwoWordHead35 in assembly/names/detect.ts). Both engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // after a word of where, the clause closing after the head
  ["Referred to Landmark Wound Center.", [["Landmark Wound Center", FAC]], ["Referred"]],
  ["REFERRED TO LANDMARK WOUND CENTER.", [["LANDMARK WOUND CENTER", FAC]], ["REFERRED"]],
  ["seen at North Star Family Clinic on Tuesday.", [["North Star Family Clinic", FAC]], ["seen", "Tuesday"]],
  ["Cardiac rehab at Quarry Bend Surgical Hospital in May.", [["Quarry Bend Surgical Hospital", FAC]], ["Cardiac", "May"]],
  ["transferred to Trinity Visiting Nurses for wound care", [["Trinity Visiting Nurses", ORG]], ["transferred", "wound"]],
  ["Psychiatrist: Dr. Sunita Varghese at Three Rivers Community Mental Health; case manager",
    [["Sunita Varghese", "name:title"], ["Three Rivers Community Mental Health", FAC]], ["Psychiatrist", "case"]],
  ["Dental: sees Dr. Ortiz at Smile Pediatric Dentistry.", [["Ortiz", "name:title"], ["Smile Pediatric Dentistry", ORG]], ["Dental"]],
  // after a heading's dash, closing the field
  ["Physical Therapy Initial Evaluation — Sound Path Hearing Center, 4 visits", [["Sound Path Hearing Center", "location:organization"]],
    ["Physical", "Therapy", "Evaluation", "visits"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a kind's words only before the head, or a determiner
  ["Seen at Same Day Surgery Center today.", [], ["Same", "Day", "Surgery", "Center"]],
  ["Referred to Outpatient Wound Center.", [], ["Outpatient", "Wound", "Center"]],
  ["Seen at the Wound Center today.", [], ["Wound", "Center"]],
  ["SEEN AT THE FAMILY CLINIC TODAY.", [], ["FAMILY", "CLINIC"]],
  ["Follow up at Pain Management Center.", [], ["Pain", "Management", "Center"]],
  ["referred to Heart Failure Clinic", [], ["Heart", "Failure", "Clinic"]],
  ["REFERRED TO SLEEP DISORDERS CENTER FOR PSG.", [], ["SLEEP", "DISORDERS", "CENTER"]],
  ["Transferred to Acute Rehab Hospital.", [], ["Acute", "Rehab", "Hospital"]],
  ["Sent to Pediatric Surgical Hospital.", [], ["Pediatric", "Surgical", "Hospital"]],
  ["Follow up with Sports Medicine Clinic.", [], ["Sports", "Medicine", "Clinic"]],
  ["He was seen at Children's Hospital.", [], ["Children's", "Hospital"]],
  ["Admitted to Behavioral Health Unit.", [], ["Behavioral", "Health", "Unit"]],
  ["Discharged to Skilled Nursing Facility.", [], ["Skilled", "Nursing", "Facility"]],
  ["Brought in from Emergency Medical Services.", [], ["Emergency", "Medical", "Services"]],
  // one English word before a one-word head is no name of this rule ("Memorial Hospital" is a kind of name)
  ["Admitted to Memorial Hospital overnight.", [], ["Memorial", "Hospital"]],
  // a hospice's level of care after its label
  ["LEVEL OF CARE: ROUTINE HOME CARE.\nLOCATION: HOME", [], ["ROUTINE", "HOME CARE"]],
  ["Level of care: Continuous Home Care", [], ["Continuous", "Home", "Care"]],
  // a public office's words joined by "of" are no kind's words
  ["OFFICE OF HEALTH SERVICES\nSCHOOL NURSE NOTE", [], ["OFFICE", "HEALTH", "SERVICES"]],
];

runPlaceTable("common English words before a head of two words after a frame (stop 35)", POSITIVES);
runPlaceTable("kinds of care, departments and one-word heads stay words (stop 35)", NEGATIVES);
