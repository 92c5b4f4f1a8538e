// Why this file exists: table tests, with hard negatives, for stop 53's facility rule (pl53): a core English word that
// opens a facility's name ("Desert Sage Medical Center", "Bright Harbor Children's Hospital"), which the facility rule
// stripped as prose, stays after a where-word ("at", "to", "from", "per") or one field's mark (a colon, a dash, a
// bracket, a slash): coreOpener53() in assembly/names/r53_pl53.ts. Each row in mixed case, ALL CAPS and lower case. Both
// engines. Facilities are made up or changed.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const all3 = (text: string, span: string, never: readonly string[]): TypedCase[] =>
  casedRowsEach(text, [[[span, L]], [[span.toUpperCase(), L]], [[span.toLowerCase(), L]]], never);

const OPENERS: TypedCase[] = [
  ...all3("Treated at: Desert Sage Medical Center today.", "Desert Sage Medical Center", ["Treated", "today"]),
  ...all3("NICU family meeting note — Bright Harbor Children's Hospital", "Bright Harbor Children's Hospital", ["NICU", "meeting"]),
  ...all3("Prior episode treated at River Oaks Hospital.", "River Oaks Hospital", ["Prior", "episode"]),
  ...all3("Baseline 1.1 per Heritage Oaks Clinic.", "Heritage Oaks Clinic", ["Baseline"]),
  // (a brand before its campus, a dash between blanks)
  // (in mixed case after a lower-case "evaluation" the capitalised "Banner" is a person's guess already pending: the
  // older reading stays there)
  ...casedRowsEach("Pre-procedure evaluation — Banner – University Medical Center Tucson",
    [[["University Medical Center Tucson", L]], [["BANNER – UNIVERSITY MEDICAL CENTER TUCSON", L]],
      [["banner – university medical center tucson", L]]], ["evaluation"]),
  ...all3("Transported to Banner – University Medical Center Tucson by air.", "Banner – University Medical Center Tucson", ["Transported", "air"]),
];

// the older reading stays: a word prose puts before a name, a verb's form, a comma, a column's gap, the input's start
const NEGATIVES: TypedCase[] = [
  ...all3("Seen at outside Mercy Hospital in 2090.", "Mercy Hospital", ["outside", "Seen"]),
  ...all3("Records from local Mercy Hospital reviewed.", "Mercy Hospital", ["local", "Records"]),
  ...all3("He went to see Riverside Hospital staff.", "Riverside Hospital", ["see", "went"]),
  ...all3("Flu A, transferred Parkview Medical Center.", "Parkview Medical Center", ["transferred"]),
  ...all3("Pathology associates — serving Cobalt Ridge Medical Center", "Cobalt Ridge Medical Center", ["serving"]),
  ...all3("Plan: transfer to the Kessington General Hospital", "Kessington General Hospital", ["transfer", "the"]),
];

runTypedTable("stop 53, pl53: a core word opening a facility's name after a where-word or a field's mark", [L], OPENERS);
runTypedTable("stop 53, pl53: hard negatives (the older reading stays)", [L], NEGATIVES);
