// Why this file exists: table tests, with hard negatives, for stop 57's facility round (hs57), in mixed case, ALL CAPS
// and lower case: a clinician's affiliation, a hospital, clinic or practice named by English words and a head right
// after the clinician's credential, specialty or name and a comma ("Hollis Beaudry, NP, Lantern Ridge Hospital",
// "REFERRED BY: T. VAIL, FNP, DELTA HEALTH CENTER"; affiliation57() in assembly/names/r57_hs.ts). Hard negatives of the
// same shape: a department, a kind or a service after the credential's comma ("MD, Internal Medicine Clinic", "NP,
// Memorial Hospital", "PA, Family Health Center", "RN, Home Health", "CARDIOLOGY, HEART FAILURE CLINIC"), a clause's
// words in lower case ("rn, total care"). Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const AFFILIATIONS: ReadonlyArray<TypedCase> = [
  // (a credential's comma, the name closing its line or clause)
  ...casedRows("Attending: Lucinda Marsh-Teller, MD, Holy Cross Hospital\nPlan: admit.\n", [["Holy Cross Hospital", L]], ["Attending", "Plan"]),
  ...casedRows("Referred by Toussaint Vail, FNP, Delta Health Center.\n", [["Delta Health Center", L]], ["Referred"]),
  ...casedRows("Reviewed with Ada Quillen, DO, Lantern Ridge Medical Partners.\n", [["Lantern Ridge Medical Partners", L]], ["Reviewed"]),
  // (a specialty's comma)
  ...casedRows("Copy to Dr. Rosa Tsosie, MD, Oncology, Bellwether Comprehensive Cancer Center.\n",
    [["Bellwether Comprehensive Cancer Center", L]], ["Copy", "Oncology"]),
  // (a department's words after "Hospital" are the hospital's, not the name's; in mixed case an older facility rule reads
  // the capitalised run whole: recorded, not this rule's)
  ...casedRowsEach("Signed: Hollis Beaudry, NP, Lantern Ridge Hospital Family Medicine\n",
    [[["Lantern Ridge Hospital Family Medicine", L]], [["LANTERN RIDGE HOSPITAL", L]], [["lantern ridge hospital", L]]], ["Signed"]),
  // (a person's name's comma, mixed case and capitals; in lower case this rule reads no name's end, an older rule finds
  // it after the title's name)
  ...casedRows("Surgeon: Dr. Ilse Okafor-Brandt, Covenant Grove Healthcare\n", [["Covenant Grove Healthcare", L]], ["Surgeon"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  // (a department, a kind or a service after the credential's comma)
  ...casedRows("Seen by Dr. Ames, MD, Internal Medicine Clinic today.\n", [], ["Internal", "Medicine", "Clinic"]),
  ...casedRows("Covering: Jane Roe, NP, Memorial Hospital\n", [], ["Memorial", "Hospital"]),
  ...casedRows("Covering: Jane Roe, NP, Regional Medical Center\n", [], ["Regional", "Medical", "Center"]),
  ...casedRows("Jane Roe, PA, Family Health Center\n", [], ["Family", "Health", "Center"]),
  ...casedRows("Kay Moss, RN, Home Health\n", [], ["Home", "Health"]),
  ...casedRows("JANE ROE, MD, CARDIOLOGY, HEART FAILURE CLINIC\n", [], ["HEART", "FAILURE", "CLINIC"]),
  ...casedRows("Dr. Ames, Urgent Care\n", [], ["Urgent", "Care"]),
  // (a contact's name and an office after its comma: no title's name)
  ...casedRows("Contact Wren Halloway, Educational Access Center, by e-mail.\n", [], ["Educational", "Access", "Center"]),
  // (lower case: one word before the head is a clause's word as often)
  ...casedRowsEach("Note by Kay Moss, RN, total care given.\n", [[], [], []], ["total", "care"]),
];

runTypedTable("stop 57 (hs57): a clinician's affiliation after a credential's, a specialty's or a name's comma", [L], AFFILIATIONS);
runTypedTable("stop 57 (hs57): hard negatives, departments, kinds and services after the comma", [L], NOT);
