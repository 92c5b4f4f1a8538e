// Why this file exists: table tests, with hard negatives, for stop 63's Karen and Burmese names as entries of a list or
// a form (fx68, assembly/names/r63_fx68.ts, listOpener63(), read by karen52c() in r52_nm52c.ts): the honorific (Saw,
// Naw, Daw) and two syllables after a field's colon, a comma, a semicolon, an opening bracket or a list's number
// ("Household: Naw Ku Paw (wife, 41), Saw Blu Htoo (son, 9)", "2. Naw Say Wah (F, 4)"), where the older rules took the
// syllables without the honorific or a woman's name not at all. Rows in mixed case, ALL CAPS and lower case, both
// engines; the people are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const ENTRIES: TypedCase[] = [
  // (a household's members after a field's colon and a list's comma)
  ...casedRows("Household: Naw Ku Paw (wife, 41), Saw Blu Htoo (son, 9)\n", [["Naw Ku Paw", N], ["Saw Blu Htoo", N]], ["Household", "wife", "son"]),
  ...casedRows("Members: Saw Htoo Klo (husband), Naw Eh Mu (daughter, 14)\n", [["Saw Htoo Klo", N], ["Naw Eh Mu", N]], ["Members", "husband", "daughter"]),
  // (after an opening bracket)
  ...casedRows("Interpreter requested (Saw Tha Doh, ID 114).\n", [["Saw Tha Doh", N]], ["Interpreter", "requested"]),
  // (after a list's number opening its line)
  ...casedRows("2. Naw Say Wah (F, 4) - weight low\n", [["Naw Say Wah", N]], ["weight", "low"]),
];

// the verb "saw" after a label, a bracket or a list's number stays a sentence; one syllable alone is not read here
const NEGATIVES: TypedCase[] = [
  ["HPI: Saw PT today.\n", [], ["Saw", "PT", "today"]],
  ["Course: saw the doctor, fine.\n", [], ["saw", "the", "doctor"]],
  ["Plan: saw him, better\n", [], ["saw", "him"]],
  ["Interval: Saw ortho, doing well\n", [], ["Saw", "ortho"]],
  ["(saw GI 3/4)\n", [], ["saw", "GI"]],
  ["COMMENT: SAW ENT, NO CHANGE\n", [], ["SAW", "ENT"]],
  ["1. Saw Dr Khan today\n", [["Khan", N]], ["Saw", "Dr"]],
  ["Notes: Saw Htoo, ok\n", [["Htoo", N]], ["Saw"]],
];

runTypedTable("stop 63, fx68: a Karen or Burmese name opened by its honorific as a list's or a form's entry", [N], ENTRIES);
runTypedTable("stop 63, fx68: hard negatives (the verb, one syllable)", [N], NEGATIVES);
