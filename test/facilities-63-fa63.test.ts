// Why this file exists: table tests, with hard negatives, for stop 63's facility round (fa63, assembly/names/r63_fa63.ts):
// a facility's head after its own words and "at" before its host's or its town's name is one name ("Anticoagulation
// Clinic at Hollisfield", "MEMORIAL HOSPITAL AT BRACKENPORT"), in mixed case, ALL CAPS and lower case where the rule
// reads them, both engines. Hard negatives: a time, an article or "home" after "at", a service given at a place
// ("Cardiac Rehab at ..."), a department at a hospital's initials, a host with a head of its own. Names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const NAMED: ReadonlyArray<TypedCase> = [
  // (a town's name after "at"; lower case reads only a listed place, and an unknown word is no evidence there)
  ...casedRowsEach("INR managed by Anticoagulation Clinic at Hollisfield; next check in 2 weeks.\n",
    [[["Anticoagulation Clinic at Hollisfield", L]], [["ANTICOAGULATION CLINIC AT HOLLISFIELD", L]], [["hollisfield", L]]],
    ["INR"]),
  ...casedRowsEach("Transferred to Memorial Hospital at Brackenport today.\n",
    [[["Memorial Hospital at Brackenport", L]], [["MEMORIAL HOSPITAL AT BRACKENPORT", L]], [["brackenport", L]]],
    ["today"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Seen in clinic at 3 pm.\n", [[], [], []], ["clinic", "pm"]),
  ...casedRowsEach("Dialysis at home three times a week.\n", [[], [], []], ["Dialysis", "home"]),
  ...casedRowsEach("Admitted to Hospital at that time.\n", [[], [], []], ["Hospital", "time"]),
  // (a service given at a place: only the place is a name)
  ...casedRowsEach("Cardiac Rehab at Ashby Forge YMCA twice weekly.\n",
    [[["Ashby Forge YMCA", L]], [["ASHBY FORGE YMCA", L]], [["ashby forge ymca", L]]], ["Rehab", "twice"]),
  // (a department at a hospital's initials: the initials alone are the name)
  ...casedRowsEach("Seen in the Renal Clinic at VHYT last week.\n",
    [[["VHYT", L]], [["VHYT", L]], [["vhyt", L]]], ["Renal", "Clinic"]),
  // (a host with a head of its own is a name of its own)
  ...casedRowsEach("Follow-up at the Outreach Clinic at Hilo Medical Center.\n",
    [[["Hilo Medical Center", L]], [["OUTREACH CLINIC", L], ["HILO MEDICAL CENTER", L]],
      [["outreach clinic", L], ["hilo medical center", L]]], ["Follow"]),
];

runTypedTable("stop 63 (fa63): a facility's head, \"at\" and its host's or town's name", [L], NAMED);
runTypedTable("stop 63 (fa63): hard negatives, a time or home after \"at\", a service, initials, a host's own head", [L], NOT);
