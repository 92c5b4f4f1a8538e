// Why this file exists: table tests, with hard negatives, for stop 52c's name round (nm52c), in mixed case, ALL CAPS and
// lower case: a Karen or Burmese relative's name opened by its honorific (Saw, Naw, Daw) right after a relation word,
// one or two syllables after the honorific, the name closing before a number, a phone, a bracket, a comma or a clause's
// end (karen52c() in assembly/names/r52_nm52c.ts). Hard negatives: "saw" the verb after a relative ("Son saw him
// yesterday.", "Husband saw PT today.", "Wife saw the PCP.", "Daughter saw her fall on the ice."), and the brief's
// sentences after a relation word ("WIFE AT BEDSIDE", "DAUGHTER WILL CALL", "son is a nurse", "MOTHER HAD BREAST
// CANCER", "HUSBAND MAY VISIT", "brother in law", "sister states"). Both engines; names invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const KAREN: ReadonlyArray<TypedCase> = [
  ...casedRows("Household: wife Naw Lah Say 48; son Saw Ker Htun 22.\n", [["Naw Lah Say", N], ["Saw Ker Htun", N]], ["Household", "48", "22"]),
  ...casedRows("Contacts: husband Saw Eh Ploh (IGRA neg), daughter Naw Mu Dah (IGRA pos).\n", [["Saw Eh Ploh", N], ["Naw Mu Dah", N]],
    ["Contacts", "IGRA"]),
  ...casedRows("Lives with mother Daw Khin Thet 88 (wheelchair).\n", [["Daw Khin Thet", N]], ["Lives", "wheelchair"]),
  ...casedRows("Emergency contact: husband Saw Kler Moo 715-555-0142.\n", [["Saw Kler Moo", N]], ["Emergency"]),
  ...casedRows("Ride home with son Saw Htoo, 19, line worker.\n", [["Saw Htoo", N]], ["Ride", "worker"]),
  // (after Naw or Daw two short listed words are syllables too: a month's, a modal, a unit's)
  ...casedRows("Lives with mother Naw Mu Mu 91 (wheelchair) and aunt Daw Khin May 89.\n", [["Naw Mu Mu", N], ["Daw Khin May", N]],
    ["Lives", "wheelchair"]),
];

const KAREN_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Son saw him yesterday.\n", [], ["Son", "saw", "him"]),
  ...casedRows("Husband saw PT today.\n", [], ["Husband", "saw", "PT"]),
  ...casedRows("Wife saw the PCP.\n", [], ["Wife", "saw", "PCP"]),
  ...casedRows("Daughter saw her fall on the ice.\n", [], ["Daughter", "saw", "fall"]),
  ...casedRows("Mother saw GI, 3/2.\n", [], ["Mother", "saw", "GI"]),
  ...casedRows("Wife at bedside.\n", [], ["Wife", "bedside"]),
  ...casedRows("Daughter will call.\n", [], ["Daughter", "will", "call"]),
  ...casedRows("Son is a nurse.\n", [], ["Son", "nurse"]),
  ...casedRows("Mother had breast cancer.\n", [], ["Mother", "breast"]),
  ...casedRows("Husband may visit.\n", [], ["Husband", "may", "visit"]),
  ...casedRows("Lives with brother in law.\n", [], ["brother", "law"]),
  ...casedRows("Sister states he fell.\n", [], ["Sister", "states"]),
];

runTypedTable("stop 52c (nm52c): a Karen or Burmese relative's name opened by Saw, Naw or Daw after a relation word", [N], KAREN);
runTypedTable("stop 52c (nm52c): hard negatives, 'saw' the verb and sentences after a relation word", [N], KAREN_NOT);
