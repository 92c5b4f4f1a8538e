// Why this file exists: table tests, with hard negatives, for clinical round 43 (stop 49, fy49), read from the blind
// fixture 40's misses (care at the edges of the hospital: EMS run reports, MCI triage logs, interfacility transport):
// a lettered highway glued to its number ("I-470", "US-23", "KY-15") where a run report writes it with no word of where
// before it: a direction of travel or a closing compass letter after it, a place label's colon or "east of" before it,
// "at"/"&" after a road just found, or "at" before it and "and"/"&" after it (laneCode49 in assembly/names/detect.ts;
// mixed case, ALL CAPS and lower case); an age over 89 after a relative, two capitalised name words or a hyphened
// surname and "is"/"was" ("Mother Rosette Pierre-Louis is 97 and lives", relativeTwoNames49 in
// assembly/scanners/age.ts; mixed case and ALL CAPS). Both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const LANES: readonly TypedCase[] = [
  // a place label's colon before it, a direction of travel after it
  ...cases("LOCATION: I-470 WB MM 3.5, second unit staging.", [["I-470", "LOCATION"]], ["MM 3.5"]),
  // a direction after the first road; "at" right after a road just found for the second (mixed case: the address tail
  // takes the capital direction)
  ...casedRowsEach("Incident: bus rollover US-23 NB at KY-15, two patients.", [
    [["US-23 NB", "LOCATION"], ["KY-15", "LOCATION"]],
    [["US-23", "LOCATION"], ["KY-15", "LOCATION"]],
    [["us-23", "LOCATION"], ["ky-15", "LOCATION"]],
  ], ["two patients"]),
  // a compass letter closing the phrase after a label's colon
  ...cases("Route: US-41 S; snow, delayed 25 min.", [["US-41", "LOCATION"]], ["snow"]),
  // a compass word and "of" before it
  ...cases("Worksite greenhouse two miles east of US-85.", [["US-85", "LOCATION"]], ["greenhouse"]),
  // "at" before it, "&" after it; then '&' right after that road for the second
  ...cases("Crash at US-62 & KY-1835, driver ambulatory.", [["US-62", "LOCATION"], ["KY-1835", "LOCATION"]], ["driver"]),
  // "at" before it and "and" after it (the street after it is an older rule's, in mixed case)
  ...casedRowsEach("Second vehicle off road at WV-2 and Elm St.", [
    [["WV-2", "LOCATION"], ["Elm St", "LOCATION"]],
    [["WV-2", "LOCATION"]],
    [["wv-2", "LOCATION"]],
  ], ["Second vehicle"]),
  // hard negatives: immigration forms, interleukins and tumour markers, a payer's denial code, a code with more after
  // its number, a drug's route, a type's numeral
  ...cases("Form I-94 99441871203 and I-693 exam done.", [], ["I-94", "I-693"]),
  ...cases("IL-6 at 40 and levels of CA-125 rising.", [], ["IL-6", "CA-125"]),
  ...cases("Denied CO-197; east of IN-2099-1 office.", [], ["CO-197", "IN-2099-1"]),
  ...cases("Route: PO daily; type I-2 at baseline.", [], ["PO", "I-2"]),
];

const COPULA_AGES: readonly TypedCase[] = [
  // a relative, two capitalised name words (the second hyphened), "is" and the age, the clause going on (stop 50, ag50:
  // in lower case too, one of the two words a listed name, relativeTwoLower50; this row's lower-case copy had pinned the
  // older rule's miss)
  ...casedRowsEach("Mother Rosette Pierre-Louis is 97 and lives in her village.", [
    [["97", "AGE"]], [["97", "AGE"]], [["97", "AGE"]],
  ], ["village"]),
  // a hyphened given name after a relative (one name word, as the older rule reads "my mom rosa is 92")
  ...casedRowsEach("Her mom Rosa-Lee is 92 now.", [[["92", "AGE"]], [["92", "AGE"]], [["92", "AGE"]]], []),
  ["Father Jean Baptiste was 91, he lives with us.", [["91", "AGE"]], []],
  // hard negatives: a measure's words before the verb, an age under 90, no relative before the names
  ...cases("Glucose Level is 98 and rising.", [], ["98"]),
  ...cases("Mother Rosette Pierre-Louis is 67 and lives alone.", [], ["67"]),
  ["Team Alpha Bravo is 95 and ready.", [], ["95"]],
];

runTypedTable("clinical round 43 (fy49): a lettered highway in a run report's frame", ["LOCATION"], LANES);
runTypedTable("clinical round 43 (fy49): an age after a relative and two name words", ["AGE"], COPULA_AGES);
