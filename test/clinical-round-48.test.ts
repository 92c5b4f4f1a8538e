// Why this file exists: table tests, with hard negatives, for clinical round 48 (stop 52, fx52), read from the blind
// fixture 45's misses (behavioural health, psychiatry and addiction): a behavioural-health provider named by one to
// three words before the head "Behavioral Health" or "Mental Health" (one word of its kind after it, "Systems",
// "Center", "Network"), framed where a name begins, that no older rule decided ("records of Three Forks Behavioral
// Health", "GRAND LAKE MENTAL HEALTH CENTER", "the samaritan behavioral health intake": behHealth52 in
// assembly/names/r52_fx52.ts, called from detect.ts's step() after decide()). Mixed case, ALL CAPS and lower case where
// claimed; both engines; the findings' reasons compared (an organisation's "location:organization", the older
// facility rule's "location:facility"). Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach, runPlaceTable, type TypedCase } from "./helpers/place-table.js";

// In mixed case the older facility rule reads most of these names (typed a place of care, as before this round); the
// round adds them in ALL CAPS and lower case, where no capital marks the name, after a preposition or an article.
const PROVIDER: readonly TypedCase[] = [
  // after "records of"
  ...casedRowsEach("Sources: interview; records of Three Forks Behavioral Health (2093-2097).", [
    [["Three Forks Behavioral Health", "location:facility"]],
    [["THREE FORKS BEHAVIORAL HEALTH", "location:organization"]],
    [["three forks behavioral health", "location:organization"]],
  ], ["interview"]),
  // after "and", its street after the comma a place of its own
  ...casedRowsEach("Seen at Memorial Hospital (admission Oct 2097) and Pioneer Behavioral Health, 7612 Main Street.", [
    [["Pioneer Behavioral Health", "location:facility"], ["7612 Main Street", "location:address"]],
    [["PIONEER BEHAVIORAL HEALTH", "location:organization"], ["7612 MAIN STREET", "location:address"]],
    [["pioneer behavioral health", "location:organization"], ["7612 main street", "location:address"]],
  ], ["admission"]),
  // after "to", a sentence's period after it
  ...casedRowsEach("Referral to Pine Belt Mental Health. Diabetes camp next.", [
    [["Pine Belt Mental Health", "location:facility"]],
    [["PINE BELT MENTAL HEALTH", "location:organization"]],
    [["pine belt mental health", "location:organization"]],
  ], ["Diabetes camp"]),
  // after "the", the word after the head left out (lower case only: in ALL CAPS the older facility rule reads it)
  ...casedRowsEach("Are you still taking him to the Samaritan Behavioral Health intake on 3/16?", [
    [["Samaritan Behavioral Health", "location:facility"]],
    [["SAMARITAN BEHAVIORAL HEALTH", "location:facility"]],
    [["samaritan behavioral health", "location:organization"]],
  ], ["intake"]),
  // after "last" in a bracket; the name's words English words of a region
  ...casedRowsEach("Three prior admits (last Inland Northwest Behavioral Health June 2097).", [
    [["Inland Northwest Behavioral Health", "location:facility"]],
    [["INLAND NORTHWEST BEHAVIORAL HEALTH", "location:organization"]],
    [["inland northwest behavioral health", "location:organization"]],
  ], ["prior admits"]),
  // a kind's word after the head ("Program", "Center"); in mixed case and ALL CAPS "Grand Lake" is decided by the
  // place rules before the head's turn and no rule writes the name (left: the round reads only undecided words)
  ...casedRowsEach("Followed at Harbor Mental Health Program weekly.", [
    [["Harbor Mental Health", "location:facility"]],
    [["HARBOR MENTAL HEALTH PROGRAM", "location:organization"]],
    [["harbor mental health program", "location:organization"]],
  ], ["weekly"]),
  ...casedRowsEach("Records from Laureate and Grand Lake Mental Health Center; call with aunt.", [
    [], [], [["grand lake mental health center", "location:organization"]],
  ], ["call with aunt"]),
];

const NEGATIVES: readonly TypedCase[] = [
  // a kind of care's word opens no provider
  ...cases("Referred to Outpatient Behavioral Health for therapy.", [], ["Outpatient Behavioral Health"]),
  ...cases("Follow up with Integrated Behavioral Health today.", [], ["Integrated Behavioral Health"]),
  ...cases("History of poor mental health since childhood.", [], ["poor mental health"]),
  ...cases("Her Mental Health Needs are complex.", [], ["Mental Health Needs"]),
  // a verb and an adjective before the head, no frame before them in ALL CAPS and lower case
  ...cases("Patient reports improved mental health and sleep.", [], ["improved mental health"]),
  // a role's word after the head: a job's title
  ...cases("She is a Licensed Mental Health Counselor in town.", [], ["Mental Health Counselor"]),
  // (the older rules' findings on "Crestview" unchanged: a facility in mixed case, a town in ALL CAPS)
  ...casedRowsEach("Seen by the Crestview Mental Health Technician on nights.", [
    [["Crestview Mental Health", "location:facility"]], [["CRESTVIEW", "location:city"]], [],
  ], ["Technician"]),
];

runPlaceTable("clinical round 48 (fx52): a behavioural-health provider named before its head", PROVIDER);
runPlaceTable("clinical round 48 (fx52): hard negatives", NEGATIVES);
