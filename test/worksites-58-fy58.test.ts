// Why this file exists: table tests, with hard negatives, for stop 58's clinical round fy58 (from fixture 58,
// occupational medicine and workers' compensation), in mixed case, ALL CAPS and lower case, both engines: an
// occupational-health practice named before "Occupational Health" or "Occupational Medicine" with a clinic's word after
// the head ("Banner Occupational Health Clinic": occClinic58y() in assembly/names/r58_fy.ts, called from og52b's branch
// in r52_og52b.ts), and a work site named after a place or a firm before a site's two-word head ("Storm Lake Processing
// Plant", "Scotlandville Rail Yard", "Cheektowaga Bus Garage", "Carlin Trend Gold Mine": facility heads in
// scripts/build-dictionaries.mjs). Hard negatives: the heads alone or after English words ("a coal mine", "the
// processing plant", "the Occupational Health Clinic", "Employee Occupational Health Clinic"). Names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const CLINICS: ReadonlyArray<TypedCase> = [
  ...casedRows("Physician: Dennis Whitby, MD · Banner Occupational Health Clinic · 1111 E McDowell Rd\n",
    [["Banner Occupational Health Clinic", L], ["1111 E McDowell Rd", L]], ["Physician"]),
  ...casedRows("Referred to Ozark Occupational Health Clinic for a DOT exam.\n", [["Ozark Occupational Health Clinic", L]],
    ["Referred", "DOT exam"]),
];

const SITES: ReadonlyArray<TypedCase> = [
  ...casedRows("Derailment at the Scotlandville Rail Yard in June; spill at Bayou Sorrel Tank Farm.\n",
    [["Scotlandville Rail Yard", L], ["Bayou Sorrel Tank Farm", L]], ["Derailment", "spill"]),
  ...casedRows("Slurred speech at Cheektowaga Bus Garage 05:10.\n", [["Cheektowaga Bus Garage", L]], ["Slurred", "speech"]),
  // (in lower case "carlin" is a surname of the dictionaries before a head the walk does not reach: the older guess)
  ...casedRowsEach("Haul truck, Carlin Trend Gold Mine: Humboldt Mining.\n",
    [[["Carlin Trend Gold Mine", L], ["Humboldt Mining", L]], [["CARLIN TREND GOLD MINE", L], ["HUMBOLDT MINING", L]],
      [["humboldt mining", L]]], ["truck"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Worked in a coal mine for 30 years, then the processing plant.\n", [], ["coal mine", "processing plant"]),
  ...casedRows("Lives near the bus garage; walks to the rail yard.\n", [], ["bus garage", "rail yard"]),
  ...casedRows("The Occupational Health Clinic is closed today.\n", [], ["Occupational Health Clinic"]),
  ...casedRows("Employee Occupational Health Clinic hours 8-5.\n", [], ["Employee", "Clinic"]),
];

runTypedTable("stop 58 (fy58): an occupational-health practice with a clinic's word after its head", [L], CLINICS);
runTypedTable("stop 58 (fy58): a work site named before a site's two-word head", [L], SITES);
runTypedTable("stop 58 (fy58): hard negatives, the heads alone or after English words", [L], NOT);
