// Why this file exists: table tests, with hard negatives, for stop 51's dt51 rules (assembly/scanners/date51.ts,
// assembly/scanners/age51.ts): a timed log's 24-hour clock times are no bare years; a bare month/day between a test's
// name and its result is a date, while counts of cultures, cores and nodes, titres and ratios are not; a titre "1/16"
// after its word or its series is no January day; an age over 89 after a list's "LAST, GIVEN" and a quoted nickname or
// a bracket, "(100!)" after a listed name, and "will be 94 —". Mixed case, ALL CAPS and lower case; both engines. Names,
// places and numbers are made up.
import { casedRows as cases, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const D = "DATE";
const A = "AGE";

const CLOCKS: readonly TypedCase[] = [
  // a line opened by a clock time after a line opened by a time no year can be
  ...cases("1830 Pt resting, call light in reach.\n1900 Addendum: family at bedside.", [], ["1830", "1900"]),
  ...cases("0700 up to chair with PT\n1945 apt 301 Mr. Lester Corn called", [], ["0700", "1945"]),
  ...cases("1400  Ambulated 50 ft with PT.\n1900  Report given to oncoming RN.", [], ["1400", "1900"]),
  // a column's gap, within the hour after the line's opening time
  ...cases("1921 Door   1924 ECG inferior STEMI   1926 Cath lab activated   1948 Lab ready", [["1921", D]], ["1924", "1926", "1948"]),
  ...cases("1954 Arterial access (R radial)   2007 Device deployed", [["1954", D]], ["2007"]),
];

const YEARS: readonly TypedCase[] = [
  // a list of years opens its lines with years, and no line before opens with a time no year can be
  ...cases("2015 appendectomy\n2019 cholecystectomy\n2021 knee replacement", [["2015", D], ["2019", D], ["2021", D]], []),
  // a year after a gap that is no hour's minutes after the line's first number
  ...cases("Vehicles:\n1998 Buick   2001 Ford", [["1998", D], ["2001", D]], []),
  // a year in a sentence after a time's line
  ...cases("0700 report from night shift\nBorn 1930 in Ohio.", [["1930", D]], ["0700"]),
];

const TESTS: readonly TypedCase[] = [
  ...cases("Labs: K 4.2, Cr 0.9. INR 3/10 2.4. Warfarin held.", [["3/10", D]], []),
  ...cases("Methadone 95 mg. UDS 3/10 pos fentanyl.", [["3/10", D]], []),
  ...cases("Crossmatch at the histocompatibility lab 3/9 negative.", [["3/9", D]], []),
  ...cases("HIV 4/6 nonreactive, RPR pending.", [["4/6", D]], []),
];

const COUNTS: readonly TypedCase[] = [
  ...cases("Blood cultures 2/4 positive.", [], ["2/4"]),
  ...cases("Cores 3/10 positive on the left.", [], ["3/10"]),
  ...cases("Nodes 2/9 negative for tumor.", [], ["2/9"]),
  ...cases("Bottles 3/4 positive at 18 hours.", [], ["3/4"]),
  ...cases("RPR 1/8 reactive.", [], ["1/8"]),
  ...cases("Ratio 3/9 1.5 on repeat.", [], ["3/9"]),
  ...cases("Strength 4/5 2.4 today.", [], ["4/5"]),
  ...cases("Take 1/2 2.5 mg tab.", [], ["1/2"]),
  // titres, 1 over a power of two
  ...cases("Syphilis titre 1/8 and 1/16, rising.", [], ["1/8", "1/16"]),
  ...cases("RPR titer 1/16 at the clinic.", [], ["1/16"]),
  ...cases("Dilution: 1/16 in saline.", [], ["1/16"]),
  ...cases("ANA 1/32, 1/16 on repeat.", [], ["1/16"]),
];

// a titre's series with a preposition of time before the day is dated (an older rule's)
const DATED_TITRE: readonly TypedCase[] = [...cases("Titre 1/8 on 1/16 at the lab.", [["1/16", D]], ["1/8"])];

const AGES: readonly TypedCase[] = [
  // a list's "LAST, GIVEN", a quoted nickname or a bracket, ", N:" / ", N," / ", N;"
  ...cases('Census:\n2. Fontaine, Marguerite "Maggie" (Rm 12), 94: sacral wound, float heels', [["94", A]], []),
  ...cases("1. Pham, Thomas (Rm 4, BT-2231), 101: L heel DTI", [["101", A]], []),
  ...cases('Victim: Castillo, Rosa Maria "Nena", 97, 14 Oak St', [["97", A]], []),
  ...cases('Resident Bellini, Salvatore "Sal", 99; room 3-West', [["99", A]], []),
  // "(100!)" after a listed name
  ...cases("Visit 1000-1400 Ms. Agnes Keller (100!), 12 Elm St", [["100", A]], []),
  // "will be" and a dash's note
  ...cases("Her bday is 3/22, she will be 93 — the family asked about a cake.", [["93", A]], []),
];

const NOT_AGES: readonly TypedCase[] = [
  ...cases("Sodium, Potassium (mmol/L), 95: within range", [], ["95"]),
  ...cases("Tylenol, Oxycodone (prn), 100: given", [], ["100"]),
  ...cases('Tylenol, Oxycodone "Oxy", 100, given', [], ["100"]),
  // (with ", " after the number, ALL CAPS: the older bracketAppositive21 reads a capital word before the bracket as a
  // name, as at main 5c418b3; not changed here)
  ...casedRowsEach("Sodium, Potassium (mmol/L), 95, within range", [[], [["95", A]], []], []),
  ...casedRowsEach("Tylenol, Oxycodone (prn), 100, given", [[], [["100", A]], []], []),
  ...cases("Smith, John (Rm 9), 100 mg daily", [], ["100"]),
  ...cases("Glucose (100!) after juice.", [], ["100"]),
  ...cases("Temp (103!!) overnight.", [], ["103"]),
  ...cases("The dose will be 100 — then taper.", [], ["100"]),
];

runTypedTable("stop 51 (dt51): a timed log's clock times are no years", [D], CLOCKS);
runTypedTable("stop 51 (dt51): years in lists and sentences stay years", [D], YEARS);
runTypedTable("stop 51 (dt51): a day between a test's name and its result", [D], TESTS);
runTypedTable("stop 51 (dt51): counts, ratios, scores, doses and titres stay undated", [D], COUNTS);
runTypedTable("stop 51 (dt51): a titre's day after a preposition stays dated", [D], DATED_TITRE);
runTypedTable("stop 51 (dt51): an age over 89 after a list's name, a bang, a dash", [A], AGES);
runTypedTable("stop 51 (dt51): values after lists of analytes, drugs, readings", [A], NOT_AGES);
