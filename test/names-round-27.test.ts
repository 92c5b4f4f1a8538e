// Why this file exists: the table of main's stop-27 name rule: a mixed-case note that prints a person's field in
// capitals after its label ("Attending: KAYS, RUFFIN", "Dictated By: SMITH, JOHN", "cc: LUKE, SIMPSON"), where the
// neighbour rule that reads "LAST, FIRST" in ALL CAPS notes does not read capitals (capsFieldPair() in
// assembly/names/detect.ts), with hard negatives: fields of diagnoses, allergies, services and signatures.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const PROSE = "The patient was seen in clinic today and is doing well.\n";

const CAPS_FIELDS: RoundRows = [
  [`${PROSE}Attending: KAYS, RUFFIN`, [["NAME", "KAYS, RUFFIN"]]],
  [`${PROSE}Attending: KAYS, RUFFIN MD`, [["NAME", "KAYS, RUFFIN"]]],
  [`${PROSE}Dictated By: SMITH, JOHN`, [["NAME", "SMITH, JOHN"]]],
  [`${PROSE}Dictated By: SMITH, JOHN A.`, [["NAME", "SMITH, JOHN A"]]],
  [`${PROSE}cc: LUKE, SIMPSON`, [["NAME", "LUKE, SIMPSON"]]],
  [`${PROSE}Dictated By: SMITH, JOHN\nAttending: KAYS, RUFFIN\ncc: LUKE, SIMPSON`,
    [["NAME", "SMITH, JOHN"], ["NAME", "KAYS, RUFFIN"], ["NAME", "LUKE, SIMPSON"]]],
  // its neighbours: the same fields in mixed case and in an ALL CAPS note were already found
  [`${PROSE}Attending: Kays, Ruffin`, [["NAME", "Kays, Ruffin"]]],
  ["ATTENDING: KAYS, RUFFIN", [["NAME", "KAYS, RUFFIN"]]],
  // hard negatives: a person's label before a place, and fields that hold no person
  [`${PROSE}Attending: BOSTON, MA`, [["LOCATION", "BOSTON, MA"]]],
  [`${PROSE}Diagnosis: ASTHMA, MILD`, []],
  [`${PROSE}Allergies: PENICILLIN, SULFA`, []],
  [`${PROSE}Attending: SURGERY, GENERAL`, []],
  [`${PROSE}Referring: MERCY, HOSPITAL`, []],
  [`${PROSE}Signed: ELECTRONICALLY, PENDING`, []],
];

runRoundTable("stop 27: a person's field in capitals in a mixed-case note", CAPS_FIELDS);
