// Why this file exists: table tests, with hard negatives, for stop 59's name round (nm59, stop 58's nm58 retried), in
// mixed case, ALL CAPS and lower case: a person's name found without its first words (nameLead59() in
// assembly/names/r59_nm59.ts). An initial's letter and period before the surname found ("ENTRY BY H. VAN DER BROEK",
// "TRIAGE RN: K. ST. GERMAINE"), and a surname written first before the comma of the given name found, the surname
// opening its field ("trainee: natkovic, lydia", "3/10 whitebrook, cheyenne", "3. quillen, loretta mae", a bullet's
// "- couchman, willa mae", a log's "10/06/99   pryzbek, edna"). Hard negatives: a salutation or a word before a comma
// ("Thanks, Ingrid", "Sincerely, Vanessa ...", "vincristine, dex", "hold metoprolol, jasmine"), a spaced dash after a
// word ("chw - kreyol, marcos": no field opens there), a list of names ("white, willis and hoffman"), a pet's name in
// brackets, a possessive's letter ("raynaud's. ana"), clinical words before a comma ("Dx: Asthma, Rose ..."). Both
// engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const INITIALS: ReadonlyArray<TypedCase> = [
  ...casedRows("ENTRY BY H. VAN DER BROEK 3/14/99; COUNTERSIGNED.\n", [["H. VAN DER BROEK", N]], ["ENTRY", "COUNTERSIGNED"]),
  ...casedRows("Copy to P. R. Vantassel, MD and the chart.\n", [["P. R. Vantassel", N]], ["Copy", "chart"]),
  // (a saint's "St." opening the surname: the initial before it joins)
  ...casedRows("Triage RN: K. St. Germaine  /  KSG\n", [["K. St. Germaine", N], ["KSG", N]], ["Triage"]),
  ...casedRows("Reviewed 3/15 L. Kowalski.\n", [["L. Kowalski", N]], ["Reviewed"]),
];

const INVERTED: ReadonlyArray<TypedCase> = [
  ...casedRows("Trainee: Natkovic, Lydia, 58, seen today.\n", [["Natkovic, Lydia", N]], ["Trainee", "seen"]),
  ...casedRows("3/10 Whitebrook, Cheyenne (CMH-10587) seen today.\n", [["Whitebrook, Cheyenne", N]], ["seen"]),
  ...casedRows("Census:\n3. Quillen, Loretta Mae (ID ACT-0261)\n", [["Quillen, Loretta Mae", N]], ["Census"]),
  ...casedRows("Census:\n- Couchman, Willa Mae, 94 yof\n", [["Couchman, Willa Mae", N]], ["Census"]),
  ...casedRows("10/06/99   Pryzbek, Edna (3/1/1937)\n", [["Pryzbek, Edna", N]], []),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Thanks, Ingrid\n", [["Ingrid", N]], ["Thanks"]),
  ...casedRows("Sincerely, Vanessa Okoroafor, MD\n", [["Vanessa Okoroafor", N]], ["Sincerely"]),
  // (in mixed case and capitals the older rules read "Vincristine, Dex" as a name written surname first: recorded)
  ...casedRowsEach("ANC 1,420. Vincristine, Dex pulse started.\n",
    [[["Vincristine, Dex", N]], [["VINCRISTINE, DEX", N]], [["dex", N]]], ["ANC", "pulse"]),
  // (a spaced dash after a word opens no field: in lower case the word before the comma stays; the older rules' in
  // mixed case and capitals recorded)
  ...casedRowsEach("Visit with CHW - Kreyol, Marcos interpreting.\n",
    [[["Kreyol, Marcos", N]], [["KREYOL, MARCOS", N]], [["marcos", N]]], ["Visit", "interpreting"]),
  // (a word inside a sentence is no field's opening; the older rules' capitals recorded)
  ...casedRowsEach("Plan: hold metoprolol, Jasmine to call.\n",
    [[["Jasmine", N]], [["METOPROLOL, JASMINE", N]], [["jasmine", N]]], ["Plan", "hold"]),
  ...casedRowsEach("Founders: White, Willis and Hoffman met today.\n",
    [[["White, Willis", N], ["Hoffman", N]], [["WHITE, WILLIS", N], ["HOFFMAN", N]], [["willis", N], ["hoffman", N]]], ["Founders", "met"]),
  ...casedRowsEach("Pets: two dogs (Mochi, Kaimana) at home.\n",
    [[["Mochi, Kaimana", N]], [["MOCHI, KAIMANA", N]], [["kaimana", N]]], ["Pets", "dogs"]),
  ...casedRows("Hx of Raynaud's. Ana 1:1280 speckled.\n", [["Ana", N]], ["Raynaud's", "speckled"]),
  ...casedRows("Allergies: Penicillin, Ruby reports a rash.\n", [["Ruby", N]], ["Allergies", "Penicillin", "rash"]),
  ...casedRows("Dx: Asthma, Rose to see PCP.\n", [], ["Asthma", "Rose"]),
  ...casedRows("Labs: Sodium, Grace notes stable.\n", [], ["Sodium", "Grace"]),
  ...casedRows("Diet: Regular, Hope to advance.\n", [], ["Regular", "Hope"]),
];

runTypedTable("stop 59 (nm59): an initial before the surname found", [N], INITIALS);
runTypedTable("stop 59 (nm59): a surname written first before the given name found", [N], INVERTED);
runTypedTable("stop 59 (nm59): hard negatives, salutations, words before a comma, dashes, lists, possessives", [N], NOT);
