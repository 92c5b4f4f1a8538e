// Why this file exists: table tests, with hard negatives, for stop 54's places rule (pl54): a town of one to three words
// that no older rule took, between a facility's (an organisation's, a street's) separator and its state's two-letter
// code, "AZALEA GARDENS MEMORY CARE, MOBILE AL — MAR 14": stateTown54() in assembly/names/r54_pl54.ts, read at the code.
// Each row in mixed case, ALL CAPS and lower case where the rule claims it. Both engines. Facilities are made up.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const TOWNS: TypedCase[] = [
  // (an English word that the gazetteer lists, after a facility's comma; a spaced em dash closes the code's field)
  ...casedRowsEach("Weekly summary — Azalea Gardens Memory Care, Mobile AL — Mar 14",
    [[["Azalea Gardens Memory Care", L], ["Mobile", L]], [["AZALEA GARDENS MEMORY CARE", L], ["MOBILE", L]],
      [["azalea gardens memory care", L], ["mobile", L]]], ["AL —", "Weekly"]),
  // (a town of two English words after a facility's spaced dash; a column's gap closes the code's field; in lower case
  // the older facility rule reads the town as the facility's branch)
  ...casedRowsEach("Consult - Corrigan Medical Center - Great Falls MT   March 23rd",
    [[["Corrigan Medical Center", L], ["Great Falls", L]], [["CORRIGAN MEDICAL CENTER", L], ["GREAT FALLS", L]],
      [["corrigan medical center - great falls", L]]], ["MT", "Consult"]),
  // (a saint's word and its period open the town after a column's gap: ALL CAPS and lower case; mixed case is the older
  // facility rule's)
  ...casedRowsEach("Encounter   CentraCare St. Cloud Hospital   St. Cloud MN     Case 4",
    [[["CentraCare St. Cloud Hospital   St", L]], [["CENTRACARE ST. CLOUD HOSPITAL", L], ["ST. CLOUD", L]],
      [["centracare st. cloud hospital", L], ["st. cloud", L]]], []),
  // (one blank after a facility's name; in mixed case the older facility rule reads the town as the facility's branch)
  ...casedRowsEach("Readmitted from Sumner County Hospital Wellington, KS. Home: 905 N Washington Ave",
    [[["Sumner County Hospital Wellington", L], ["905 N Washington Ave", L]],
      [["SUMNER COUNTY HOSPITAL", L], ["WELLINGTON", L], ["905 N WASHINGTON AVE", L]],
      [["sumner county hospital", L], ["wellington", L], ["905 n washington ave", L]]], ["KS.", "Readmitted"]),
];

// the older reading stays: a credential, a word code, a field that goes on, a clinical abbreviation after a core word,
// a town an older rule took
const NEGATIVES: TypedCase[] = [
  ...casedRowsEach("Mercy Clinic, Jackson MD", [[["Mercy Clinic", L], ["Jackson", N]], [["MERCY CLINIC", L], ["JACKSON", N]],
    [["mercy clinic", L], ["jackson", N]]], []),
  ...casedRowsEach("Mercy Hospital, Shelby IN ED", [[["Mercy Hospital", L], ["Shelby", N]], [["MERCY HOSPITAL", L], ["SHELBY", N]],
    [["mercy hospital", L], ["shelby", N]]], ["ED"]),
  ...casedRowsEach("Seen at Mercy Hospital - Anterior MI\n", [[["Mercy Hospital", L]], [["MERCY HOSPITAL", L]], [["mercy hospital", L]]],
    ["Anterior", "MI"]),
  ...casedRowsEach("Seen at Mercy Hospital, old MI on ECG", [[["Mercy Hospital", L]], [["MERCY HOSPITAL", L]], [["mercy hospital", L]]],
    ["old", "MI"]),
  ...casedRowsEach("Mayo Clinic, Rochester, MN", [[["Mayo Clinic, Rochester, MN", L]], [["MAYO CLINIC, ROCHESTER, MN", L]],
    [["mayo clinic", L], ["rochester", L]]], []),
];

runTypedTable("stop 54, pl54: a town between a facility's separator and its state's code", [L, N], TOWNS);
runTypedTable("stop 54, pl54: hard negatives (the older reading stays)", [L, N], NEGATIVES);
