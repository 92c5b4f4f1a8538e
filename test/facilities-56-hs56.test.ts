// Why this file exists: table tests, with hard negatives, for stop 56's facility rules (hs56): a facility found without
// its first words in its case ("Grand Strand Medical Center" found as "Strand Medical Center": facilityLead56()) and a
// campus glued to a hospital's head by a hyphen ("LEHIGH VALLEY HOSPITAL-CEDAR CREST": campusTail56()), both in
// assembly/names/r56_hs.ts, read from detect.ts's flush(). Each row in mixed case, ALL CAPS and lower case, both engines.
// Facilities and towns are made up or common.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

// (the first words: in mixed case and ALL CAPS; lower case is left alone, "a great river medical center")
const LEADS: TypedCase[] = [
  ...casedRowsEach("Emergency Department Provider Note\nGrand Strand Medical Center, Myrtle Bay, SC",
    [[["Grand Strand Medical Center, Myrtle Bay, SC", L]], [["GRAND STRAND MEDICAL CENTER, MYRTLE BAY, SC", L]],
      [["strand medical center, myrtle bay, sc", L]]], ["Emergency", "Provider"]),
  ...casedRowsEach("Rash since Monday; seen at Nationwide Children's Hospital ED 3/11.",
    [[["Nationwide Children's Hospital ED", L]], [["NATIONWIDE CHILDREN'S HOSPITAL", L]], [["nationwide children's hospital", L]]],
    ["Rash"]),
  ...casedRowsEach("Read by Dr. Zelma Quartey, Regional West Medical Center.",
    [[["Regional West Medical Center", L]], [["REGIONAL WEST MEDICAL CENTER", L]], [["west medical center", L]]], []),
];

// (the campus after a hyphen glued to the head; in mixed case an older rule takes "-Cedar" into the span first)
const CAMPUS: TypedCase[] = [
  ...casedRowsEach("PET/CT 06/11/2024 at Lehigh Valley Hospital-Cedar Crest. Findings: none.",
    [[["Lehigh Valley Hospital-Cedar", L]], [["LEHIGH VALLEY HOSPITAL-CEDAR CREST", L]], [["lehigh valley hospital-cedar crest", L]]],
    ["Findings", "none"]),
  ...casedRowsEach("Dx 3/20 at North Delta Medical Center-Pontotoc.",
    [[["Medical Center-Pontotoc", L]], [["NORTH DELTA MEDICAL CENTER-PONTOTOC", L]], [["north delta medical center-pontotoc", L]]], []),
];

// a heading's or a verb's word one blank before the facility, an adjective glued to a hospital's head, a generic
// hospital's words, a field's label
const NEGATIVES: TypedCase[] = [
  ...casedRows("ECHO REPORT STRAND MEDICAL CENTER", [["STRAND MEDICAL CENTER", L]], ["ECHO", "REPORT"]),
  ...casedRows("Called Strand Medical Center today.", [["Strand Medical Center", L]], ["Called", "today"]),
  ...casedRows("Transferred to Strand Medical Center-based clinic for hospital-acquired pneumonia.",
    [["Strand Medical Center", L]], ["based", "clinic", "acquired", "pneumonia"]),
  ...casedRows("Treated at a community hospital-level unit for health-related reasons.", [],
    ["community", "hospital", "level", "related"]),
  ...casedRows("Admitted to Memorial Hospital overnight.", [], ["Memorial", "Hospital"]),
  ...casedRowsEach("Pt sees Pine Ridge Hospital clinic.",
    [[["Pine Ridge Hospital", L]], [["PINE RIDGE HOSPITAL CLINIC", L]], [["pine ridge hospital clinic", L]]], ["sees"]),
  ...casedRowsEach("Insurance Viva Health member.", [[["Viva Health", L]], [], []], ["Insurance", "member"]),
];

runTypedTable("hs56: a facility's first words before the span found", [L], LEADS);
runTypedTable("hs56: a campus glued to a hospital's head by a hyphen", [L], CAMPUS);
runTypedTable("hs56: hard negatives", [L], NEGATIVES);
