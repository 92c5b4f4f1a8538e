// Why this file exists: table tests, with hard negatives, for stop 58's name round (nm58), in mixed case, ALL CAPS and
// lower case: a person's name found without its first words (nameLead58() in assembly/names/r58_nm.ts). An initial's
// letter and period before the surname found ("ENTRY BY H. VAN DER BROEK"), and a surname written first before the
// comma of the given name found, the surname opening its field ("trainee: natkovic, lydia", "3/10 whitebrook,
// cheyenne", "3. quillen, loretta mae"). Hard negatives: a salutation or a word before a comma ("Thanks, Ingrid",
// "Sincerely, Vanessa ...", "vincristine, dex"), a list of names ("white, willis and hoffman"), a pet's name in brackets,
// a possessive's letter ("raynaud's. ana"). Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const INITIALS: ReadonlyArray<TypedCase> = [
  // (mixed case and lower case: the older rules took the initial already)
  ...casedRowsEach("ENTRY BY H. VAN DER BROEK 3/14/99; COUNTERSIGNED.\n",
    [[["H. VAN DER BROEK", N]], [["H. VAN DER BROEK", N]], [["h. van der broek", N]]], ["ENTRY", "COUNTERSIGNED"]),
  ...casedRows("Copy to P. R. Vantassel, MD and the chart.\n", [["P. R. Vantassel", N]], ["Copy", "chart"]),
];

const INVERTED: ReadonlyArray<TypedCase> = [
  ...casedRows("Trainee: Natkovic, Lydia, 58, seen today.\n", [["Natkovic, Lydia", N]], ["Trainee", "seen"]),
  ...casedRows("3/10 Whitebrook, Cheyenne (CMH-10587) seen today.\n", [["Whitebrook, Cheyenne", N]], ["seen"]),
  ...casedRows("Census:\n3. Quillen, Loretta Mae (ID ACT-0261)\n", [["Quillen, Loretta Mae", N]], ["Census"]),
  ...casedRows("Tag 0044712 red - Couchman, Willa Mae, 94 yof\n", [["Couchman, Willa Mae", N]], ["Tag", "red"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Thanks, Ingrid\n", [["Ingrid", N]], ["Thanks"]),
  ...casedRows("Sincerely, Vanessa Okoroafor, MD\n", [["Vanessa Okoroafor", N]], ["Sincerely"]),
  // (in mixed case and capitals the older rules read "Vincristine, Dex" as a name written surname first: recorded)
  ...casedRowsEach("ANC 1,420. Vincristine, Dex pulse started.\n",
    [[["Vincristine, Dex", N]], [["VINCRISTINE, DEX", N]], [["dex", N]]], ["ANC", "pulse"]),
  ...casedRowsEach("Founders: White, Willis and Hoffman met today.\n",
    [[["White, Willis", N], ["Hoffman", N]], [["WHITE, WILLIS", N], ["HOFFMAN", N]], [["willis", N], ["hoffman", N]]], ["Founders", "met"]),
  ...casedRowsEach("Pets: two dogs (Mochi, Kaimana) at home.\n",
    [[["Mochi, Kaimana", N]], [["MOCHI, KAIMANA", N]], [["kaimana", N]]], ["Pets", "dogs"]),
  ...casedRows("Hx of Raynaud's. Ana 1:1280 speckled.\n", [["Ana", N]], ["Raynaud's", "speckled"]),
];

runTypedTable("stop 58 (nm58): an initial before the surname found", [N], INITIALS);
runTypedTable("stop 58 (nm58): a surname written first before the given name found", [N], INVERTED);
runTypedTable("stop 58 (nm58): hard negatives, salutations, words before a comma, lists, possessives", [N], NOT);
