// Why this file exists: stop 50's (ag50) forms of an age over 89 that fixtures 1-40 missed, found and not found, in
// mixed case, ALL CAPS and lower case on both engines: a family history's "d. 94" (deathAbbrev50), words between a death
// and "at" ("died in Nablus at 97", deathWordsAt50), "y" alone in brackets ("DOB 05/16/2003 (95 y)", yBracket50) and the
// age opening a listed name's bracket ("curtis lee standing bear (90, vietnam era", parenComma50); with hard negatives
// (doses, vitals, labs, rooms, days, saturations, temperatures, years).
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runAgeFormProperty } from "./helpers/age-forms.js";
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const A = "AGE";
const age = (n: string) => [[n, A]] as const;

const ADDED: ReadonlyArray<TypedCase> = [
  // deathAbbrev50: "d." after a name's comma, or in brackets after a relative or a listed name
  ...casedRows("- maternal grandmother Vasiliki Anagnostopoulou, d. 94, \"stomach cancer\" in her 70s.", age("94"), ["stomach"]),
  ...casedRows("Mother Joyce (d. 95, ovarian ca dx 57).", age("95"), ["ovarian"]),
  ...casedRows("- aunt Despina Kaloudi, d. 96 of ovarian ca; cousin well.", age("96"), ["ovarian"]),
  ...casedRows("Grandfather Lev Orlov, d. 101;", age("101"), []),
  // deathWordsAt50: one to three words between the death and "at"
  ...casedRows("Father Nabil Haddad Sr. died in Nablus at 97; uncle well.", age("97"), ["uncle"]),
  ...casedRows("Grandfather passed away peacefully at 95.", age("95"), ["Grandfather"]),
  ...casedRows("Mother died at home at 96, no cancer.", age("96"), ["cancer"]),
  ...casedRows("Uncle died suddenly at 92 (cause unknown).", age("92"), ["cause"]),
  ...casedRows("Her father died of a stroke at 99.", age("99"), ["stroke"]),
  // yBracket50: "y" alone in brackets
  ...casedRows("Patient: Fitzgerald-Mbeki, Cornelius   DOB 05/16/2003 (95 y)   MRN SJH-448102", age("95"), ["Patient"]),
  ...casedRows("Referred: grandmother (93y) with falls.", age("93"), ["falls"]),
  // parenComma50: the age opens a listed name's bracket
  ...casedRows("called vet curtis lee standing bear (90, vietnam era, 1st cavalry)", age("90"), ["called"]),
  ...casedRows("Family of Kiniosi Rudolph (96, TB contact) at home.", age("96"), ["contact"]),
  // caseFx41: a capital, an apostrophe and a capital open a capitalised surname (a banner's "LAST, FIRST · 101 ·")
  ...casedRows("Principal: D'Ambrosio-Kettle, Philomena · 101 · MRN SVM-04471820 · advance directive", age("101"), ["Principal"]),
  // bracketAppositive21: a lower-case note in brackets after a listed name
  ...casedRows("Patient Hollister, Grady (MRN WMC-7718402), 93, transferred to ICU bed 8.", age("93"), ["transferred"]),
  // copulaAge: a relative and two lower-case words of a name, one listed
  ...casedRows("Mother Rosette Pierre-Louis is 97 and lives in Jeremie.", age("97"), ["lives"]),
];

// hard negatives: numbers 90-130 that are no age, near the new forms
const NEGATIVES: ReadonlyArray<TypedCase> = [
  // days of a course ("d. 5"), a course counted in brackets after a drug
  ...casedRows("Cefepime d. 5, afebrile.", [], ["5"]),
  ...casedRows("Vancomycin (d. 94 of therapy).", [], ["94"]),
  ...casedRows("Glucose, d. 95, recheck.", [], ["95"]),
  // deaths with a measure, a clock time or a year
  ...casedRows("Expired in the ED at 0930.", [], ["0930"]),
  ...casedRows("Died in the ICU at 97% on NRB.", [], ["97"]),
  ...casedRows("Mother died in 2010.", [], []),
  // saturation, temperatures and vitals after "at" and "is"
  ...casedRows("SpO2 holding at 97% on RA.", [], ["97"]),
  ...casedRows("Temp is 103 F tonight.", [], ["103"]),
  ...casedRows("Fever spiked in the evening at 103.", [], ["103"]),
  ...casedRows("HR 95, BP 140/95, RR 18.", [], ["95"]),
  // labs, doses and scores in brackets with a comma
  ...casedRows("Glucose (95, fasting).", [], ["95"]),
  ...casedRows("Platelets (95, low).", [], ["95"]),
  ...casedRows("BP (95, 60) sitting.", [], ["95"]),
  ...casedRows("Metoprolol (100, bid) continued.", [], ["100"]),
  ...casedRows("MoCA (26, mild impairment); Barthel (95, independent).", [], ["95"]),
  ...casedRows("Room (97, bed 2) is ready.", [], ["97"]),
  // a reading after a relative's report, a dose after a note in brackets (mixed case and lower case, where the new
  // readings apply: in ALL CAPS the older capital rules, relativeTwoNames49 and bracketAppositive21, read both as ages)
  ["Mother says glucose is 95 and stable.", [], ["95"]],
  ["mother says glucose is 95 and stable.", [], ["95"]],
  ["aspirin (per pt), 100, daily.", [], ["100"]],
  ...casedRows("Karnofsky index (90, ambulatory); Morse (95, high fall risk).", [], ["90", "95"]),
  ...casedRows("Aspirin 90 mg daily x 90 days.", [], ["90"]),
];

runTypedTable("stop 50 (ag50): ages over 89 added", [A], ADDED);
runTypedTable("stop 50 (ag50): numbers 90-130 that are no age", [A], NEGATIVES);

// the generational suffixes' list (assembly/names/suffixes.ts) reads as it did in each of its places
describe("stop 50 (ag50): one list of generational suffixes", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    it(`${engine}: "Sr.," and "Jr.," before an age; "Jr." inside a street's name`, () => {
      for (const t of ["Patient Wilbur Friday Sr., 94, at home.", "Patient Wilbur Friday Jr., 94, at home."]) {
        expect(r.find(t).filter((f) => f.type === A).map((f) => f.text)).toEqual(["94"]);
      }
      const s = "Lives at 45 Martin Luther King Jr. Blvd, Dayton.";
      const loc = r.find(s).filter((f) => f.type === "LOCATION").map((f) => f.text);
      expect(loc.some((x) => x.includes("King Jr. Blvd"))).toBe(true);
    });
  }
});

// each new form with its number as a hole, and the negatives' forms the same
const POSITIVE_FORMS = [
  "maternal grandmother Vasiliki Anagnostopoulou, d. #, stomach cancer.", "Father Nabil Haddad died in Nablus at #; uncle well.",
  "Grandfather passed away peacefully at #.", "DOB 05/16/2003 (# y)   MRN SJH-448102", "called vet curtis lee standing bear (#, vietnam era)",
];
const NEGATIVE_FORMS = [
  "Vancomycin (d. # of therapy).", "Died in the ICU at #% on NRB.", "Temp is # F tonight.", "Glucose (#, fasting).", "BP (#, 60) sitting.",
  "Barthel (#, independent).", "Aspirin # mg daily.",
];

runAgeFormProperty("stop 50 (ag50): property over ages 90-120", "every new form finds the age, no negative form does", POSITIVE_FORMS, NEGATIVE_FORMS, 120);
