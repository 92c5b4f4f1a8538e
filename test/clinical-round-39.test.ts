// Why this file exists: table tests, with hard negatives, for clinical round 39 (stop 47, fy47), read from the blind
// fixture 36's misses (short texts around care: tracking boards, handoffs, pages, portal messages, AI prompts): an age
// over 89 written right after a person's name (not in brackets: clinical rounds 30, 31 and 35 pin "Pt Winifred
// Quimby (90) in bed 2" as none), after the name's comma and before a dash ("mrs. o'rourke-pastore, 96 — comfort
// care"), glued to a sex letter ("pt rosalind achterberg 91f admitted"); initials signing a short text after a dash that ends its line ("- RJ" under
// a scheduling log, "coming in — kt"). Mixed case, ALL CAPS and lower case where the rule claims them; both engines.
// Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const AGES: readonly TypedCase[] = [
  // after the name's comma, before a dash or a period
  ...cases("Rm 6 Mrs. O'Rourke-Pastore, 96 — comfort care.", [["O'Rourke-Pastore", "NAME"], ["96", "AGE"]], []),
  ...cases("Seen: Mrs. Abernathy, 93. Daughter at bedside.", [["Abernathy", "NAME"], ["93", "AGE"]], []),
  // glued to a sex letter, the phrase going on
  ...cases("Pt Rosalind Achterberg 91F admitted 5/30.", [["Rosalind Achterberg", "NAME"], ["91", "AGE"], ["5/30", "DATE"]], []),
  // a list's name and the bare age before a dash
  ...cases("Rm 9 Haskins, Loretta 91 — fall risk.", [["Haskins, Loretta", "NAME"], ["91", "AGE"]], []),
  // hard negatives: a percentage, a temperature's decimal, a dose in brackets, a list of numbers, a room after the name
  // without a comma, an age under 90, a reading after a vital sign (no name)
  ...cases("Mrs. Lee, 95% of the dose taken.", [["Lee", "NAME"]], ["95%"]),
  ...cases("Mr. Jones (100 mg) given.", [["Jones", "NAME"]], ["100 mg"]),
  ...cases("Mrs. Olsen 101 - bed A.", [["Olsen", "NAME"]], ["101"]),
  ...cases("Mrs. Olsen (45) and her son.", [["Olsen", "NAME"]], ["45"]),
  ...cases("HR (92) and BP stable.", [], ["92"]),
  // a name only the dictionary guessed, after an article (articleBefore47()), and in brackets (id46's 'the "big"
  // Tillman (92) list')
  ...cases3("Filed under the Tillman, 92.", [[["Tillman", "NAME"]], [["TILLMAN", "NAME"]], [["tillman", "NAME"]]], ["92"]),
  ...cases3("Mrs. Olsen 98.6 oral.", [[["Olsen", "NAME"]], [["OLSEN", "NAME"]], [["olsen", "NAME"]]], ["98.6"]),
];

const DASH_INITIALS: readonly TypedCase[] = [
  // a hyphen opening the line's sign-off, in capitals (mixed and ALL CAPS) and in a lower-case text
  ["6/2 1420 Waitlist add: Dang, Kimberly for T&A consult.\n- RJ\n6/2 1530 portal invite sent.", [["Dang, Kimberly", "NAME"], ["RJ", "NAME"]], []],
  ["6/2 1420 WAITLIST ADD FOR T&A CONSULT.\n- RJ\n6/2 1530 PORTAL INVITE SENT.", [["RJ", "NAME"]], []],
  // an em dash after the text, the initials ending the line or the text
  ["00:02 pharm: mag level 7.9, attending aware, coming in — kt\n01:15 paged again", [["kt", "NAME"]], []],
  ["Feeds tolerated, mom updated by phone — DW", [["DW", "NAME"]], []],
  // hard negatives: a field's hyphen after text, clinical and unit abbreviations, a word, initials not ending the line
  ["Diet - NPO\nActivity - OOB", [], ["NPO", "OOB"]],
  ["Plan discussed.\n- PT\n- OT", [], ["PT", "OT"]],
  ["pt resting — ok\nvitals stable", [], ["ok"]],
  ["Transfer to unit — ICU\nReport given", [], ["ICU"]],
  ["Call back at 3 — RJ will phone", [], []],
];

runTypedTable("clinical round 39 (fy47): an age over 89 right after a person's name", ["AGE", "NAME", "DATE"], AGES);
runTypedTable("clinical round 39 (fy47): initials after a dash that ends the line", ["NAME"], DASH_INITIALS);
