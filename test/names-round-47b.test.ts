// Why this file exists: table tests, with hard negatives, for stop 47's second names round (nm47b), read from the NAME
// misses of the two blind fixtures (35, 36) in their three case copies and from sub47n's substitution harness: a
// surname's particles between two halves of a name found, or before a surname found in running text (detect.ts
// particlesBetween47(): "Dr. D'Shawn bin Hamad", "Keira Mac an Bhaird, P.A.", 'Giuseppina "Josie" de Luca', "PCP van der
// Merwe's nurse"), a signer's initials closing their sentence or after a dated flowsheet row (signerInitials37()'s
// closesSentence47(), rowInitials(): "Marisela Quintanilla, RN. MQ.", "Cormac Devlin, RN CD;", "06/02 0300 ... EBM). DW")
// and "admit" as a cue before a surname no list has (build-dictionaries.mjs F.CUE, admitCue47(): "ADMIT OYELOWO 97F").
// Hard negatives: prose around the same particles, abbreviations closing a row or a sentence, the words "admit" is
// written before in orders and labels ("admit to ICU", "Admit Weight", "ADMIT TSICU", "admit, neb"), "who has fever".
// Mixed case, ALL CAPS and lower case; both engines.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const A = "AGE";

const PARTICLES: ReadonlyArray<TypedCase> = [
  // between a given name found and a surname found (in ALL CAPS and lower case the older rules read the three words)
  ...casedRowsEach("Seen by Dr. D'Shawn bin Hamad today.\n",
    [[["D'Shawn", N], ["bin Hamad", N]], [["D'SHAWN BIN HAMAD", N]], [["d'shawn bin hamad", N]]], ["Seen", "today"]),
  ...casedRowsEach("Keira Mac an Bhaird, P.A.\n",
    [[["Keira", N], ["Mac an Bhaird", N]], [["KEIRA MAC AN BHAIRD", N]], [["keira mac", N], ["an bhaird", N]]], []),
  ...casedRows('Pt Giuseppina "Josie" de Luca called.\n', [["Giuseppina", N], ["Josie", N], ["de Luca", N]], ["called"]),
  ...casedRowsEach("Rabbi Yosef ben David visited.\n",
    [[["Yosef", N], ["ben David", N]], [["YOSEF BEN DAVID", N]], [["yosef ben david", N]]], ["visited"]),
  // two particles, or one no prose writes, before a surname found in running text
  ...casedRows("PCP van der Merwe's nurse called.\n", [["van der Merwe", N]], ["nurse"]),
  // (stop 59, nm59: in capitals and lower case nameLead59() now takes the initial before the particle too; in mixed
  // case the initial's capital and the particle's lower case differ, and it stays)
  ...casedRowsEach("Seen by R. bin Hamad today.\n",
    [[["bin Hamad", N]], [["R. BIN HAMAD", N]], [["r. bin hamad", N]]], ["today"]),
  ...casedRows("Hematology: Dr. ter Horst.\n", [["ter Horst", N]], ["Hematology"]),
  // hard negatives: a conjunction is no particle, a place's particles name no one, a bin is a bin
  ...casedRows("Smith and Jones agree.\n", [["Jones", N]], ["and", "agree"]),
  ...casedRows("Transferred to Hospital de la Santa Cruz.\n", [], ["Transferred"]),
  ...casedRows("Put it in the trash bin today.\n", [], ["bin", "trash"]),
  // (eponyms after a particle; in ALL CAPS an older rule reads "LOW VON WILLEBRAND" as a name, before this round too)
  ["Low von Willebrand factor; de Quervain tenosynovitis.\n", [], ["Willebrand", "Quervain"]],
  ["low von willebrand factor; de quervain tenosynovitis.\n", [], ["willebrand", "quervain"]],
];

const INITIALS: ReadonlyArray<TypedCase> = [
  // the signer's initials (the letters of the name just signed) closing their sentence
  ...casedRows("Handoff to Marisela Quintanilla, RN. MQ. Parents at bedside.\n", [["Marisela Quintanilla", N], ["MQ", N]], ["Parents"]),
  ...casedRows("RN Cormac Devlin, RN CD; routed to office pool.\n", [["Cormac Devlin", N], ["CD", N]], ["routed", "pool"]),
  // a flowsheet row stamped with its date and clock, the initials after one blank (capitals: mixed case and ALL CAPS)
  ...casedRowsEach("06/02 0300 - mom Agata called, feeds given (24 kcal EBM). DW\n06/02 0800 - isolette checked.\n",
    [[["Agata", N], ["DW", N]], [["AGATA", N], ["DW", N]], [["agata", N]]], ["EBM", "isolette"]),
  // hard negatives: an abbreviation after one blank under a clock alone, a problem after a dash, other letters
  ...casedRows("0300 Pt resting comfortably. BP\n", [], ["BP", "resting"]),
  ...casedRows("Plan: continue meds. - DM\n", [], ["DM"]),
  ...casedRows("Seen with Carol Tan, RN. Pain controlled. NAD.\n", [["Carol Tan", N]], ["NAD", "Pain"]),
  ...casedRows("06/02 0300 - tolerating feeds. IV\n06/02 0400 - stable.\n", [], ["IV", "feeds"]),
];

const ADMIT: ReadonlyArray<TypedCase> = [
  // a page's order to admit, the patient by surname alone (and the age after the name, fy47's rule)
  ...casedRows("2251 from ED: admit Oyelowo 97F UTI/AMS\n", [["Oyelowo", N], ["97", A]], ["UTI"]),
  // hard negatives: where, what and labels after "admit", a comma between, a unit in capitals, the brief's question
  ...casedRows("Admit to ICU.\n", [], ["ICU"]),
  ...casedRows("Admit Weight 70 kg\n", [], ["Weight"]),
  ...casedRows("wet, admit, neb albuterol\n", [], ["neb", "albuterol"]),
  ...casedRows("Admit TSICU tonight\n", [], ["TSICU"]),
  ...casedRows("Admit Diagnosis: CHF\n", [], ["Diagnosis", "CHF"]),
  ...casedRows("Admit Hyperkalemia\n", [], ["Hyperkalemia"]),
  ...casedRows("Admit Metoprolol drip\n", [], ["Metoprolol"]),
  ...casedRows("Who has fever?\n", [], ["fever"]),
];

runTypedTable("stop 47 (nm47b): a surname's particles between or before a name found", [N], PARTICLES);
runTypedTable("stop 47 (nm47b): a signer's initials closing their sentence or a dated row", [N], INITIALS);
runTypedTable("stop 47 (nm47b): a surname after admit", [N, A], ADMIT);
