// Why this file exists: table tests, with hard negatives, for stop 46's names round (nam46), read from the NAME misses
// of fixtures 1-33 and their ALL CAPS and lower-case copies: the inverted name "LAST, FIRST" in its record field, the
// largest group of misses (138 spans over 20 fixtures), in two forms: a middle initial closing it (detect.ts
// trailingInitial46(): "Ransom, Tiffani L ·", "BOUCHARD, T (PARAMEDIC", "\"Dupre, M\"") and one half no word list has
// beside a half the dictionaries found, at a record field's opening (invertedField46(): "Student: Whitcombe, Sebastian
// ·", "from: okonjo, adaeze <", "Member: Whitcombe-Diaz, Gregory ·", "pt tesfaye, mebrat"). Hard negatives are the same
// frames with clinical words, a sex before an age, vitamins and hepatitis letters, a plan's sentence and a service's
// abbreviation. Mixed case, ALL CAPS and lower case; both engines; every name is made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const TRAILING_INITIAL: ReadonlyArray<TypedCase> = [
  // a middle initial after "LAST, FIRST", closing the field (a middle dot, a bracket, a quote, the line's end)
  // (stop 59, nm59: in lower case nameLead59() now takes the surname before the comma too, "ransom, tiffani l")
  ...casedRows("Visit 04/06/2097 · Ransom, Tiffani L · DOB 12/24/2086\n", [["Ransom, Tiffani L", N]], ["Visit", "DOB"]),
  ...casedRows("Pt: Unruh, Travis J · 29 M\n", [["Unruh, Travis J", N]], ["29 M"]),
  // the initial alone after a surname's comma
  ...casedRows("Crew: Bouchard, T (paramedic)\n", [["Bouchard", N], ["T", N]], ["paramedic", "Crew"]),
  ...casedRows("Container labeled \"Dupre, M\" and sent.\n", [["Dupre", N], ["M", N]], ["Container", "sent"]),
  // hard negatives: a sex before an age, a vitamin's and a hepatitis' letter, no name before the letter
  ...casedRowsEach("Roster: Duffy, Rose F 45 yo\n", [[["Duffy, Rose", N]], [["DUFFY", N]], [["duffy", N]]], ["F 45", "Roster"]),
  ...casedRows("Hepatitis B (chronic), vitamin D 50000 units.\n", [], ["B", "D 5"]),
];

const INVERTED_FIELD: ReadonlyArray<TypedCase> = [
  // a surname no list has before a listed given name, at a field's opening, the pair closing the field
  ...casedRows("Student: Whitcombe, Sebastian · 16 · DOB 11/15/2082\n", [["Whitcombe, Sebastian", N]], ["Student", "DOB"]),
  ...casedRows("From: Okonjo, Adaeze <aokonjo@x.example>\n", [["Okonjo, Adaeze", N]], ["From"]),
  ...casedRows("Member: Whitcombe-Diaz, Gregory · DOB 12/02/1958\n", [["Whitcombe-Diaz, Gregory", N]], ["Member"]),
  ...casedRows("Alias assigned: Yurkovich, Danica · alias MRN pending\n", [["Yurkovich, Danica", N]], ["Alias", "pending"]),
  // a given name no list has after a surname found alone after a person's cue
  ...casedRows("pt Tesfaye, Mebrat\n", [["Tesfaye, Mebrat", N]], []),
  // hard negatives: clinical words, a plan's sentence, a service's abbreviation (the older rules' findings as before)
  ...casedRows("Dx: Pneumonia, improving.\n", [], ["Pneumonia", "improving"]),
  ...casedRows("Plan: Rest, Grace to call back.\n", [], ["Rest", "Grace"]),
  ...casedRows("Allergies: Penicillin, Sulfa\n", [], ["Penicillin", "Sulfa"]),
  ...casedRows("Hx: CHF, Diabetes\n", [], ["CHF", "Diabetes"]),
  ...casedRowsEach("MFM, Brigham notified.\n", [[["Brigham", N]], [["MFM, BRIGHAM", N]], [["brigham", N]]], ["notified"]),
];

runTypedTable("stop 46 (nam46): a middle initial closing an inverted name", [N], TRAILING_INITIAL);
runTypedTable("stop 46 (nam46): an inverted name's half no list has at a field's opening", [N], INVERTED_FIELD);
