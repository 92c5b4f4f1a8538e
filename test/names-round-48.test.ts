// Why this file exists: table tests, with hard negatives, for stop 48's name-shape round (nx48). In ALL CAPS and lower
// case nothing but a list said a word is a name when no cue stands beside it; a small model of what names look like
// (letter trigrams and bigrams, log-odds of a name against an English word, built by scripts/build-dictionaries.mjs
// into assembly/names/shape48.ts and read by detect.ts nameShape48()) now says so where a position already suggests
// a person (detect.ts shapeName48()): two adjacent words no list has, both name-shaped ("stayed with cousin doli
// annamalai"), one after a word of contact ("GROSS DESCRIPTION BY TOHEE."), one after a name just found ("dr. farida
// qasimi"). Hard negatives: drugs (biologics, kinase inhibitors), organisms, eponyms of instruments and methods, skin
// findings, abbreviations, hyphenated and slashed drug pairs, a device's maker and model, Spanish words after an
// article, Latin terms, units. Mixed case, ALL CAPS and lower case (the rule runs in the last two; mixed-case rows say
// what the capitals find); both engines; every name is made of real names no list holds.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const PAIRS: ReadonlyArray<TypedCase> = [
  // two words no list has, both name-shaped, after a relative's or a role's cue word
  ...casedRows("Stayed with cousin Doli Annamalai last week, now home.\n", [["Doli Annamalai", N]], ["cousin", "week"]),
  ...casedRows("Family present: grandson Amaqut Nanoukta and niece.\n", [["Amaqut Nanoukta", N]], ["grandson", "niece"]),
  ...casedRows("Sign-out: spoke with Oluwadamilare Hrytsenko at 7 pm, no events.\n", [["Oluwadamilare Hrytsenko", N]], ["spoke", "events"]),
  // a name found by its title, and a surname no list has after it
  ...casedRows("Reviewed with Dr. Farida Qasimi today; plan unchanged.\n", [["Farida Qasimi", N]], ["Reviewed", "plan"]),
  // a name found by its title and a surname no list has, in brackets; a cue, a given name no rule took, and a surname
  ...casedRows("Physical (Dr. Lucinda Aarsvoldt): healthy; back pain hx.\n", [["Lucinda Aarsvoldt", N]], ["Physical", "healthy"]),
  ...casedRows("Patient education given with his partner Losa Tuiasosopo; Samoan interpreter.\n", [["Losa Tuiasosopo", N]],
    ["partner", "Samoan"]),
  ...casedRows("Emergency contact Losa 503-555-0156.\n", [["Losa", N]], ["Emergency", "contact"]),
  // a word of contact or a cue and one name-shaped word ("by", "per", "called", "son", ...); the capitals find none in
  // mixed case alone
  ...casedRowsEach("Gross description by Tohee. Intradepartmental consultation obtained.\n",
    [[], [["TOHEE", N]], [["tohee", N]]], ["Gross", "Intradepartmental"]),
  ...casedRowsEach("Chart scanned by Ibekwe on 9/8/25 and filed.\n",
    [[], [["IBEKWE", N]], [["ibekwe", N]]], ["Chart", "filed"]),
];

// positions that are none: the shape alone never names a person
const NO_POSITION: ReadonlyArray<TypedCase> = [
  // two name-shaped words no list has after a word that says nothing of a person (mixed case: the capitals)
  ...casedRowsEach("Dispatcher called lead Vaipuna Moala about the delay.\n",
    [[["Vaipuna Moala", N]], [], []], ["Dispatcher", "delay"]),
  ...casedRowsEach("Lives near Truchas, acequia mayordomo (rancher).\n", [[], [], []], ["acequia", "mayordomo"]),
  // a possessive's thing, and a Spanish article before the cue word
  ...casedRowsEach("Patient's kahu, came at noon.\n", [[], [], []], ["kahu"]),
  // (in ALL CAPS; the lower-case copy is read by an older neighbour rule, as before this round)
  ["El paciente pasa a ser controlado por la unidad.\n", [], ["pasa", "controlado"]],
  ["EL PACIENTE PASA A SER CONTROLADO POR LA UNIDAD.\n", [], ["PASA", "CONTROLADO"]],
  // a modal after a cue; Spanish "paciente" and a word a given-name list holds ("con")
  ...casedRows("RN will followup tomorrow.\n", [], ["will", "followup"]),
  ["Se observaba paciente con buen estado general.\n", [], ["con", "buen"]],
  ["SE OBSERVABA PACIENTE CON BUEN ESTADO GENERAL.\n", [], ["CON", "BUEN"]],
  // "treated with", "switched to": a thing, not a person
  ...casedRowsEach("Has been treated with Viagra, then switched to Kerlix.\n", [[], [], []], ["treated", "switched"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // drugs, biologics and kinase inhibitors; organisms
  ...casedRows("Started adalimumab and methotrexate last month.\n", [], ["adalimumab", "methotrexate"]),
  ...casedRows("Stage IIIA NSCLC on pembrolizumab then osimertinib, CIWA protocol per nursing.\n", [], ["IIIA", "NSCLC", "osimertinib", "CIWA"]),
  ...casedRows("Culture grew Klebsiella oxytoca and Enterococcus faecalis.\n", [], ["Klebsiella", "oxytoca", "faecalis"]),
  // eponyms of instruments and methods, also after a word of contact
  ...casedRows("Tube beveled with Vannas scissors and introduced.\n", [], ["Vannas"]),
  ...casedRows("IOP 18/16 by Goldmann, cornea clear.\n", [], ["Goldmann"]),
  ...casedRows("Craniectomy carried out with Leksell and Kerrison punches.\n", [], ["Leksell", "Kerrison"]),
  // findings, Latin terms, abbreviations, hyphenated and slashed drug pairs, a device's maker and model
  ...casedRows("Malar erythema; palatal ulcers noted.\n", [], ["Malar", "erythema"]),
  ...casedRows("Findings of chondromalacia patellae and osteitis pubis.\n", [], ["chondromalacia", "patellae", "pubis"]),
  ...casedRows("Amox-clav and TMP-SMX given, HCV RNA pending.\n", [], ["Amox", "clav", "SMX", "HCV"]),
  // (mixed case: the capitals make the maker a name, as before this round)
  ...casedRowsEach("Trial of Tobii Dynavox I-13 with eye gaze.\n", [[["Tobii Dynavox", N]], [], []], ["eye"]),
  // Spanish words after an article (a language no list has words of)
  ...casedRows("Se quedaba con la mirada perdida durante horas.\n", [], ["perdida"]),
  // units
  ...casedRows("Heparin at 18 units/kg/hr, titrated per protocol.\n", [], ["Heparin", "units", "titrated"]),
];

runTypedTable("stop 48 (nx48): names no list has, by their shape, where a position suggests a person", [N], PAIRS);
runTypedTable("stop 48 (nx48): no name position, no name", [N], NO_POSITION);
runTypedTable("stop 48 (nx48): hard negatives of the name-shape model", [N], NEGATIVES);
