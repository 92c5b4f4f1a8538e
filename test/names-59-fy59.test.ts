// Why this file exists: table tests, with hard negatives, for stop 59's clinical round from fixture 60 (fy59,
// obstetrics and perinatal care), in mixed case, ALL CAPS and lower case: a twin's surname before ", Twin A"
// (twinSurname59() in assembly/names/r59_fy59.ts, from main42()'s comma branch), a core-word surname after "BABY
// BOY"/"baby girl" when the birth weight follows (weightAfter59(), read by babySurname38() and newbornSurname()), and
// "MRNs" an MRN cue (src/builtins.ts). Hard negatives: clinical words before ", Twin A" ("vertex, Twin A", "Delivered,
// Twin A"), a verb or a copula between "baby boy" and the weight ("baby boy born 8 lb", "baby girl is 7 lb"). Both
// engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const M = "MRN";

const TWINS: ReadonlyArray<TypedCase> = [
  // (a hand-off's numbered row: the surname, then both twins, then their charts after "MRNs")
  ...casedRows("I-PASS handoff, newborn nursery to night team\n3) Oyelaran, Twin A and Twin B \u2014 MRNs 6641201/6641202, 36+0, car seat test due.\n",
    [["Oyelaran", N], ["6641201/6641202", M]], ["Twin A", "car seat"]),
  // (a hyphened surname in running text)
  ...casedRows("Nursery rounds 10/13\nSeen at the bedside: Nwachukwu-Baird, Twin B, feeding well; tone good.\n",
    [["Nwachukwu-Baird", N]], ["Twin B", "feeding"]),
];

const WEIGHTS: ReadonlyArray<TypedCase> = [
  // (mixed case reads "Baby Boy King" by its capitals already; capitals and lower case by the weight)
  ...casedRowsEach("Delivery note\nStat C/S for category III tracing, Baby Boy King 8 lb 11 oz, Apgars 3/7, to NICU.\n",
    [[["Baby Boy King", N]], [["KING", N]], [["king", N]]], ["Apgars", "NICU"]),
  // (a comma and grams: capitals write "BABY GIRL" into the name, lower case the surname alone, as newbornSurname() does)
  ...casedRowsEach("Delivery note\nNSVD at 03:22, Baby Girl Young, 3,340 g, Apgars 8/9.\n",
    [[["Baby Girl Young", N]], [["BABY GIRL YOUNG", N]], [["young", N]]], ["NSVD", "Apgars"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Presentation: vertex, Twin A; breech, Twin B.\nDelivered, Twin A at 10:14 with good tone.\n", [],
    ["vertex", "breech", "Delivered"]),
  ...casedRows("Delivery note\nBaby boy born 8 lb 2 oz at 03:12, baby girl is 7 lb even.\n", [], ["born", "is 7 lb"]),
  ...casedRows("Weights: Twin A 2,420 g, Twin B 2,180 g; placentas to pathology, Twin A first.\n", [], ["Weights", "placentas"]),
];

runTypedTable("stop 59 (fy59): a twin's surname before its comma and \"Twin A\", and \"MRNs\"", [N, M], TWINS);
runTypedTable("stop 59 (fy59): a newborn's surname that is an English word, before the birth weight", [N, M], WEIGHTS);
runTypedTable("stop 59 (fy59): hard negatives, clinical words before \"Twin A\", verbs before a weight", [N, M], NOT);
