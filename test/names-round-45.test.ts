// Why this file exists: table tests, with hard negatives, for stop 45's names round (nam45), read from the NAME spans of
// fixtures 28-32 (three cases) that no finding touched, grouped by form over fixtures 1-32: a name's particle run and its
// surname after a given name or a title ("pieter de jong", "MARGE TEN BRINK", "dear dr. van der berg": detect.ts nam45()),
// a second given name the word table marks never a name because it is a clinical abbreviation ("RUBY MAE QUINN",
// "sykes, willie mae"), an English-word surname after a strong given name closing its field in ALL CAPS and lower case
// ("SISTER WANDA SUE HALL (606-555-0124)": englishSurname45()), and a lower-case initial and a rarer surname in wider
// frames than stop 42's ("pilot d. shears", "(wynema proctor, j. tehee)", "| k. mahoe": lowerInitialFrame45()). Positives were leaks,
// hard negatives the same frames with clinical words, counts and species. Both engines; every name is made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const PARTICLES: ReadonlyArray<TypedCase> = [
  // Dutch, German and Arabic particles the word table does not flag: every case
  ["VOLUNTEER MARGE TEN BRINK VISITS TUESDAYS.\n", [["MARGE TEN BRINK", N]], ["VOLUNTEER", "TUESDAYS"]],
  ["volunteer marge ten brink visits tuesdays.\n", [["marge ten brink", N]], ["volunteer", "tuesdays"]],
  ...casedRows("GP at home: Dr. med. Jörg Zu Putlitz.\n", [["Jörg Zu Putlitz", N]], ["home"]),
  // the flagged particles in ALL CAPS and lower case (mixed case had them already)
  ...casedRowsEach("Parents Pieter de Jong (manager) and Anneke de Jong.\n", [
    [["Pieter de Jong", N], ["Anneke de Jong", N]],
    [["PIETER DE JONG", N], ["ANNEKE DE JONG", N]],
    [["pieter de jong", N], ["anneke de jong", N]],
  ], ["manager"]),
  ["RE: ALMA JEAN VAN ETTEN, JUROR NO. DC-J-99-04471\n", [["ALMA JEAN VAN ETTEN", N]], ["JUROR"]],
  ["present: wife fatima al-sayed; sons omar and yusuf\n", [["fatima al-sayed", N], ["omar", N], ["yusuf", N]], ["present"]],
  // after a title in lower case
  ["dear dr. van der berg,\nthank you for the referral.\n", [["van der berg", N]], ["thank"]],
  ["mr. del rosario is the spouse of the coworker.\n", [["del rosario", N]], ["spouse"]],
  // hard negatives: a phrase's word, a count, a vehicle, a heading's "de la"
  ["Dr. Smith de novo mutation noted.\n", [["Smith", N]], ["novo", "mutation"]],
  ["SAW MARY TEN DAYS AGO.\n", [["MARY", N]], ["TEN", "DAYS"]],
  ["mary le fort fracture on ct.\n", [["mary", N]], ["fort", "fracture"]],
  ["Diagnóstico: Trastorno de la Personalidad.\n", [], ["Personalidad"]],
  ["dr. y then placed the stent.\n", [], ["then", "placed"]],
];

const SHADOWED_GIVEN: ReadonlyArray<TypedCase> = [
  // "MAE" (moves all extremities) as a second given name
  ["3/16/99 REFILL FOR RUBY MAE QUINN (AGE 94)\n", [["RUBY MAE QUINN", N]], ["REFILL"]],
  ["pt: sykes, willie mae     dob 7-22-2030\n", [["sykes, willie mae", N]], ["dob"]],
  ["PATIENT: CORRIGAN, MAE ELLEN, 100-YEAR-OLD WOMAN\n", [["CORRIGAN, MAE ELLEN", N]], ["WOMAN"]],
  // the nurse's abbreviation: no name before it, or a count after it
  ["NEURO: ALERT, MAE, FOLLOWS COMMANDS.\n", [], ["MAE", "ALERT"]],
  ["neuro: a+ox3, mae x4, no deficits.\n", [], ["mae"]],
  ["PT ROSE MAE X4 THIS AM.\n", [], ["MAE"]],
];

const ENGLISH_SURNAMES: ReadonlyArray<TypedCase> = [
  // a strong given name, an English-word surname, the field's end
  ["SISTER WANDA SUE HALL (606-555-0124) LETTING HIM STAY.\n", [["WANDA SUE HALL", N]], ["LETTING"]],
  ["referring dr. cornelius battle.\n", [["cornelius battle", N]], ["referring"]],
  ["CONTACT: SISTER BERNADETTE COOK, 617-555-0190\n", [["BERNADETTE COOK", N]], ["CONTACT", "SISTER"]],
  // hard negatives: an adverb after the given name, a field that goes on, a weak given name
  ["CALLED MARY BACK.\n", [["MARY", N]], ["BACK"]],
  ["called mary back, no answer.\n", [["mary", N]], ["back"]],
  ["GAVE GRACE WATER, TOLERATED.\n", [], ["WATER"]],
  ["INJECTIONS BY VNA NURSE PALOMA WEEKLY.\n", [["PALOMA", N]], ["WEEKLY"]],
  ["PAX: ZELLWEGER, ANNA SEAT 14C, F\n", [["ZELLWEGER, ANNA", N]], ["SEAT"]],
];

const LOWER_INITIALS: ReadonlyArray<TypedCase> = [
  // a lower-case initial and a word no list has after a role's short word, a comma after a name, a bracket, "and"
  ["crew: flt medic anya kozlova, pilot d. shears. med control 0755.\n", [["anya kozlova", N], ["d. shears", N]], ["pilot", "control"]],
  ["approved by committee (wynema proctor, j. tehee) 3/13.\n", [["wynema proctor", N], ["j. tehee", N]], ["committee"]],
  ["wound | 3.5 cm | mod | k. mahoe\n", [["k. mahoe", N]], ["wound"]],
  ["admit pending; house sup g. blackhawk aware.\n", [["g. blackhawk", N]], ["house", "aware"]],
  // hard negatives: species after a genus's initial, a lettered list, a dose
  ["cultures grew e. coli and k. pneumoniae, sensitive.\n", [], ["coli", "pneumoniae"]],
  ["plan:\na. continue lisinopril.\nb. recheck bmp.\n", [], ["continue", "recheck"]],
  ["meds reviewed, b. metoprolol 25 mg daily.\n", [], ["metoprolol"]],
];

runTypedTable("stop 45: a name's particle run and its surname", [N], PARTICLES);
runTypedTable("stop 45: a second given name a clinical abbreviation shadows", [N], SHADOWED_GIVEN);
runTypedTable("stop 45: an English-word surname after a strong given name, closing its field", [N], ENGLISH_SURNAMES);
runTypedTable("stop 45: a lower-case initial and a rarer surname in wider frames", [N], LOWER_INITIALS);
