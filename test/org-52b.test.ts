// Why this file exists: table tests, with hard negatives, for the stop 52b organisations round og52b: a practice named
// by its own words before a service's two-word head "Occupational Medicine", "Occupational Health" or "Physical
// Therapy", with no facility word after it (occPhys52b() in assembly/names/r52_og52b.ts): after a credential's comma, a
// bracket, a mid dot, a word of where, at a line's start. Hard negatives: the service named alone or after a word of its
// kind ("referred to physical therapy", "Outpatient Physical Therapy", "Employee Occupational Health"), a note's heading
// ("Physical Therapy Initial Evaluation"), a verb before it ("Start Physical Therapy", "continue physical therapy"), a
// field of practice ("board certified in occupational medicine"), and specialties with no proper word ("consult
// Cardiology", "Pediatric Nephrology follow-up", "seen in Dermatology clinic", "Family Medicine residency"). Mixed case,
// ALL CAPS and lower case; both engines. Names are made up.
import { runPlaceTable, type PlaceCase, casedRows as tri, caselessRows as caseless, ORG } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  // after a credential's comma, a mid dot, a word of where; a sentence's "and" after it in lower case
  ...tri("Examiner: DO, Drumlin Occupational Medicine. Fire dept. physician.", [["Drumlin Occupational Medicine", ORG]], ["Fire"]),
  ...tri("Respirator clearance · Kestrelford Occupational Health, fit test passed", [["Kestrelford Occupational Health", ORG]], ["fit"]),
  ...tri("Hearing results sent to Lake Crestmoor Occupational Health; reviewed.", [["Lake Crestmoor Occupational Health", ORG]], ["reviewed"]),
  ...tri("Eight sessions of PT at Pro Sports Physical Therapy.", [["Pro Sports Physical Therapy", ORG]], ["Eight"]),
  ...tri("PT notes from Promotion Physical Therapy (9/15 to 12/20) reviewed.", [["Promotion Physical Therapy", ORG]], ["reviewed"]),
  ...tri("Failed 6 wk PT at Athletico Physical Therapy and NSAIDs.", [["Athletico Physical Therapy", ORG]], ["NSAIDs"]),
  // after a bracket's opening in ALL CAPS and lower case (mixed case: left alone, see docs/names-rounds.md)
  ...caseless("Fitness test (Brackwater Occupational Medicine, chain of custody on file).", [["Brackwater Occupational Medicine", ORG]], ["chain"]),
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // the service alone, after a word of where, a verb, a word of its kind or a patient's word
  ...tri("Referred to physical therapy for gait training.", [], ["physical", "therapy"]),
  ...tri("Start Physical Therapy twice weekly.", [], ["Start", "Physical"]),
  ...tri("Plan: continue physical therapy; recheck in 4 weeks.", [], ["continue", "physical"]),
  ...tri("Outpatient Physical Therapy Initial Evaluation", [], ["Outpatient", "Physical"]),
  ...tri("Aquatic Physical Therapy was declined.", [], ["Aquatic", "Physical"]),
  ...tri("Employee Occupational Health visit for needlestick.", [], ["Employee", "Occupational"]),
  ...tri("Occupational Health - Work Injury Evaluation", [], ["Occupational", "Work"]),
  ...tri("Board certified in occupational medicine since 2090.", [], ["Board", "occupational"]),
  ...tri("Failed physical therapy and NSAIDs.", [], ["Failed", "physical"]),
  // specialties with no proper word: a consult, a follow-up, a clinic, a residency, a field
  ...tri("Please consult Cardiology for the murmur.", [], ["Cardiology"]),
  ...tri("Pediatric Nephrology follow-up in 2 weeks.", [], ["Pediatric", "Nephrology"]),
  ...tri("She was seen in Dermatology clinic last week.", [], ["Dermatology"]),
  ...tri("He finished his Family Medicine residency.", [], ["Family", "Medicine"]),
  ...tri("Sports medicine physician recommended physical therapy.", [], ["Sports", "physical"]),
];

// a name an older rule decides on its own turn keeps the older rule's type (the rule leaves decided words alone)
const OLDER: ReadonlyArray<PlaceCase> = [
  ["Seen at Keystone Occupational Medicine today.", [["Keystone Occupational Medicine", "location:facility"]], ["today"]],
  ["SEEN AT KEYSTONE OCCUPATIONAL MEDICINE TODAY.", [["KEYSTONE OCCUPATIONAL MEDICINE", "location:facility"]], ["TODAY"]],
];

runPlaceTable("stop 52b (og52b): a practice's own words before Occupational Medicine/Health or Physical Therapy", [...NAMED, ...NEGATIVES]);
runPlaceTable("stop 52b (og52b): the older rules' names of the form", OLDER);
