// Why this file exists: table tests, with hard negatives, for stop 60's facility round (hs60), in mixed case, ALL CAPS
// and lower case: a hospital's, a centre's, a clinic's or an institute's name of one to three own and kind words after a
// frame (a word of where, a label's colon, a heading's dash, a credential's or a person's comma, brackets, the line's
// start) in ALL CAPS and lower case, one own word telling a name from English (a name's, a place's or a state's word,
// a word no list has): caselessName60() in assembly/names/r60_hs60.ts, called at the end of facilityOrPlace()'s
// facility branch. Hard negatives: a verb before the name ("TO SEE RIVERSIDE HOSPITAL" keeps "SEE" out), no own word
// ("admitted to the hospital", "follow up at clinic", "the medical center's policy"), a service's word ("sleep
// center", "immunization clinic"), a drug's word ("coumadin clinic"), a service's initials before a clinic ("ptsd
// clinic"), "home health". Both engines; names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const NAMED: ReadonlyArray<TypedCase> = [
  // (a name's word before a kind's words and "health center" after a label's colon; mixed case and ALL CAPS were the
  // capitals' rules' already)
  ...casedRowsEach("Prenatal care: Garrison Primary Health Center (Dr. Ogu).\n",
    [[["Garrison Primary Health Center", L]], [["GARRISON PRIMARY HEALTH CENTER", L]], [["garrison primary health center", L]]],
    ["Prenatal"]),
  // (a state's name opening it: ALL CAPS found the state alone before, lower case nothing; the unit stays out in both)
  ...casedRowsEach("Receiving: Montana Native Medical Center ICU, bed 4.\n",
    [[["Montana Native Medical Center ICU", L]], [["MONTANA NATIVE MEDICAL CENTER", L]], [["montana native medical center", L]]],
    ["Receiving", "bed"]),
  // (a hospital's initials and a kind's word after "at": the older rules found the initials alone)
  ...casedRowsEach("Inpatient stay at UVX Children's Hospital in Chapel Hill.\n",
    [[["UVX Children's Hospital", L], ["Chapel Hill", L]], [["UVX CHILDREN'S HOSPITAL", L], ["CHAPEL HILL", L]],
      [["uvx children's hospital", L], ["chapel hill", L]]], ["Inpatient", "stay"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  // (stop 56's merge: a modal's or a finite verb's word opens no name; the older rules' facility stays)
  ...casedRowsEach("He went to see Riverside Hospital staff.\n",
    [[["Riverside Hospital", L]], [["RIVERSIDE HOSPITAL", L]], [["riverside hospital", L]]], ["see", "staff"]),
  ...casedRowsEach("Admitted to the hospital for observation.\n", [[], [], []], ["hospital"]),
  ...casedRowsEach("Discharged to home health with PT.\n", [[], [], []], ["home", "health"]),
  ...casedRowsEach("Follow up at clinic in 2 weeks.\n", [[], [], []], ["clinic"]),
  ...casedRowsEach("Per the medical center's policy, no visitors.\n", [[], [], []], ["medical", "center"]),
  ...casedRowsEach("Seen at sleep center for study.\n", [[], [], []], ["sleep", "center"]),
  ...casedRowsEach("Followed at Coumadin clinic for INR.\n", [[], [], []], ["clinic"]),
  ...casedRowsEach("Public Health - Immunization Clinic, 12 Main St\n",
    [[["12 Main St", L]], [["12 MAIN ST", L]], [["12 main st", L]]], ["Immunization", "Clinic"]),
  // (a service's initials before a clinic: ALL CAPS is the older rules' finding, as before; lower case stays unfound)
  ...casedRowsEach("Seen by Dr. Montel (PTSD clinic); PHQ-2 0.\n", [[], [["PTSD CLINIC", L]], []], ["PHQ"]),
];

runTypedTable("stop 60 (hs60): a facility's own words before its head after a frame, caseless", [L], NAMED);
runTypedTable("stop 60 (hs60): hard negatives, verbs, no own word, services, drugs, initials", [L], NOT);
