// Why this file exists: table tests, with hard negatives, for stop 46's second names round (nm46b), read from the NAME
// misses of fixtures 30-34 (fixture 34 written blind this stop) and their ALL CAPS and lower-case copies, and presidio:
// a double-barrelled surname after a name just found (detect.ts hyphenSurname46(): "DAUGHTER VERA CRISP-HOLLOWAY"), a
// surname alone in a " / " cell after a cell's name (slashCell46(): "HUTCHISON /
// ABERNETHY-WU / SCHAEFER / YELLOWTAIL") and a surname's particles at a field's opening (particleBefore46(): "PATIENT: VAN
// DEN BERG, WILHELMINA J", "/ de vries /"). Hard negatives are English hyphen compounds, clinical words, abbreviations
// in cells and a Spanish preposition before a hospital's name. Mixed case, ALL CAPS and lower case; both engines; every name is
// made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const HYPHEN_SURNAME: ReadonlyArray<TypedCase> = [
  // the second half after a given name a cue found, one blank before the first half
  ...casedRows("Disclosure to daughter Vera Crisp-Holloway on 4/29.\n", [["Vera Crisp-Holloway", N]], ["Disclosure"]),
  // hard negatives: an English compound's closing word after a given name
  ...casedRows("Called Mary follow-up in 2 weeks.\n", [["Mary", N]], ["follow-up"]),
  ...casedRowsEach("Spoke with Grace self-pay today.\n", [[["Grace", N]], [], []], ["self-pay"]),
];

const SLASH_CELL: ReadonlyArray<TypedCase> = [
  // a surname no list has closing a " / " cell after a cell's name
  ...casedRowsEach("Montoya, Isabel       701-704    Hutchison / Abernethy-Wu / Schaefer / Yellowtail         704 DC home\n",
    [[["Montoya, Isabel", N], ["Hutchison", N], ["Abernethy-Wu", N], ["Schaefer", N], ["Yellowtail", N]],
      [["MONTOYA, ISABEL", N], ["HUTCHISON", N], ["ABERNETHY-WU", N], ["SCHAEFER", N], ["YELLOWTAIL", N]],
      [["montoya, isabel", N], ["hutchison", N], ["abernethy-wu", N], ["schaefer", N], ["yellowtail", N]]], ["704 DC"]),
  // hard negatives: an abbreviation's or a clinical word's cell after a name, no name before the cells
  ...casedRows("Team: Dr. Okafor / cardiology / SNF\n", [["Okafor", N]], ["cardiology", "SNF"]),
  ...casedRows("PMH: HTN / DM / CKD stage 3\n", [], ["HTN", "DM", "CKD"]),
];

const PARTICLES: ReadonlyArray<TypedCase> = [
  // a surname's particles at a record field's opening, before the surname found
  ...casedRowsEach("PATIENT: Van den Berg, Wilhelmina J     MRN: KUH-02281946\n",
    [[["Van den Berg", N], ["Wilhelmina J", N]], [["VAN DEN BERG, WILHELMINA J", N]], [["van den berg, wilhelmina j", N]]], ["MRN"]),
  // hard negatives: a particle in running text, a Spanish preposition before a place
  ...casedRowsEach("Transferred to Hospital de la Santa Cruz today.\n", [[], [], []], ["Transferred", "today"]),
];

runTypedTable("stop 46 (nm46b): a double-barrelled surname after a name just found", [N], HYPHEN_SURNAME);
runTypedTable("stop 46 (nm46b): a surname alone in a slash-separated cell", [N], SLASH_CELL);
runTypedTable("stop 46 (nm46b): a surname's particles at a field's opening", [N], PARTICLES);
