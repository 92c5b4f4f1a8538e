// Why this file exists: table tests, with hard negatives, for stop 62's places-and-names round (pl62,
// assembly/names/r62_pl62.ts): a surname of two or three words written first, before the comma of a given name the
// older rules found, after a person's cue word (and its label's colon) or a list's number ("PT: STANDING ELK, ROMAN
// JAMES   DOB", "pt van der meulen, cornelis   90 yrs", "1) EAGLE ELK, VIOLET 94"). Rows in mixed case, ALL CAPS and
// lower case where the rule reads them, both engines; the people are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const SURNAMES: TypedCase[] = [
  // (two English words after a person's label and its colon, the given name closing its field before a column)
  ...casedRows("Patient: Kills Enemy, Wendell   DOB 02/14/2051\n", [["Kills Enemy, Wendell", N]], ["Patient", "DOB"]),
  ["PT: STANDING ELK, ROMAN JAMES   DOB 03/04/2051\n", [["STANDING ELK, ROMAN JAMES", N]], ["PT", "DOB"]],
  // (particles before the surname after a person's cue word; in ALL CAPS the older rules read the two halves apart)
  ...casedRowsEach("Pt van der Meulen, Cornelis   90 yrs\n", [
    [["van der Meulen, Cornelis", N]], [["VAN DER MEULEN", N], ["CORNELIS", N]], [["van der meulen, cornelis", N]],
  ], ["yrs"]),
  ["patient: van hollen, cornelius · 90 y/o m\n", [["van hollen, cornelius", N]], ["patient"]],
  // (after a list's number opening the line)
  ...casedRows("1) Eagle Elk, Violet 94 - home\n", [["Eagle Elk, Violet", N]], ["home"]),
];

// the older reading stays: a line's start, a column or a dash opens no field here, a role's word is no surname's, the
// field goes on after the given name, a label that is no person's
const NEGATIVES: TypedCase[] = [
  ["thank you, miguel\n", [["miguel", N]], ["thank", "you"]],
  ["0347  PEA      CPR STARTED, LUCAS 3.1 DEVICE APPLIED\n", [["LUCAS", N]], ["CPR", "STARTED"]],
  ["preliminary read: vrad teleradiology, jonathan ekwueme, md.\n", [["jonathan ekwueme", N]], ["vrad", "teleradiology"]],
  ["visitor bezold, randall (son of res 3) onset\n", [["randall", N]], ["visitor"]],
  ["Plan: follow up, Grace to call.\n", [["Grace", N]], ["follow"]],
];

runTypedTable("stop 62, pl62: a surname of two or three words before a given name's comma", [N], SURNAMES);
runTypedTable("stop 62, pl62: hard negatives (the older reading stays)", [N], NEGATIVES);
