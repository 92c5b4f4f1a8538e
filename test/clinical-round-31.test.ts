// Why this file exists: table tests, with hard negatives, for clinical round 31 (stop 40, fx28), read from the blind
// fixture 28's misses and false positives: a person's initials closing a note or a line after the name was written
// ("... omeprazole. AL", "MD · COB", "km / routed to dr. sandhu"), the values of rosters aligned with blanks (an age over
// 89 under an "AGE" column written right-aligned, a tag or a wristband in the first column, "LAST, FIRST" of English
// words under a "NAME" or "RESIDENT" column), identifiers after a transport broker's trip, a tribe's enrolment, a
// safety inspection, an outbreak and an aircraft's tail, and decision rules and skin figures named after a city or a
// person ("Ottawa rules", "LICHTENBERG FIGURES"), and an age over 89 in brackets after a relative's name in ALL CAPS and
// lower case ("GRANDFATHER WALTER REDCORN (92)", "mother-in-law fannie peachey (92)"). Mixed case, ALL CAPS and lower case; both engines. Names, places and
// numbers are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

/** A table aligned with blanks: each row's cells padded to the header's column widths. */
function table(widths: readonly number[], rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => r.map((c, i) => (i + 1 < r.length ? c.padEnd(widths[i]!) : c)).join("")).join("\n") + "\n";
}

const W = [12, 28, 6, 8];
const CAPS_ROSTER = table(W, [
  ["TAG", "NAME", "AGE", "CAT", "DEST"],
  ["0044718", "WHITLOW, EUGENIA", " 91", "YELLOW", "HOME"],
  ["0044721", "HARDY, PATIENCE", " 88", "GREEN", "CHURCH VAN"],
]);
const LOWER_CENSUS = table([6, 26, 6], [
  ["rm", "resident", "age", "onset"],
  ["2a", "story, marigold", "100", "3/4"],
  ["2b", "abrams-tolliver, june", "91", "3/8"],
]);
const MIXED_CENSUS = table([6, 26, 6], [
  ["Rm", "Resident", "Age", "Onset"],
  ["2A", "Story, Marigold", "100", "3/4"],
  ["2C", "Unknown male", "90", "3/6"],
]);
const WRISTBANDS = table([5, 13, 27], [
  ["NO.", "WRISTBAND", "NAME", "STATUS"],
  ["1", "HZ-0101", "CRITES, ARLEN", "ADMIT"],
]);
const VITALS = table([8, 6, 6], [
  ["TIME", "HR", "BP", "SPO2"],
  ["0800", "96", "120", "97"],
]);
const NO_ID_COLUMN = table([6, 26, 6], [
  ["RM", "RESIDENT", "AGE", "ONSET"],
  ["1120", "KOWALSKI, STANISLAWA", "95", "2/27"],
]);

const CLOSING: ReadonlyArray<TypedCase> = [
  // the initials of a name written earlier, closing the note after a sentence's end, a middle dot or alone
  ["Answer: Obinna Farraday, MD, nephrology.\nTime spent 16 min. OF\n", [["Obinna Farraday", "NAME"], ["OF", "NAME"]], ["min"]],
  ["Camille Okafor-Brandt, MD · COB\n", [["Camille Okafor-Brandt", "NAME"], ["COB", "NAME"]], ["MD"]],
  ["ATTENDING: IGNATIUS OYELOWO, MD\nPLAN AS ABOVE. IO\n", [["IGNATIUS OYELOWO", "NAME"], ["IO", "NAME"]], ["PLAN"]],
  // a credential after the name that spells its initials, and initials alone on a line lines after the name (the older
  // rules' test/case-round-37 rows): none
  ["ROSA NUNEZ, RN   RN\n", [["ROSA NUNEZ", "NAME"]], []],
  ["JOLENE HEBERT, RN SAW THE PATIENT.\nVITALS STABLE.\nNO NEW ISSUES TODAY\nJH\n", [["JOLENE HEBERT", "NAME"]], ["JH"]],
  ["Aide supervised by RN Tobin Searcy.\nNearest ED: Northern Inyo Hospital. TS 3/12/99\n",
    [["Tobin Searcy", "NAME"], ["TS", "NAME"]], ["Nearest"]],
  // lower case: a lower-case name teaches lower-case initials; a line opening with them before " / "
  ["taken by kelsey marsh, rn (on call)\nkm / routed to dr. sandhu\n", [["kelsey marsh", "NAME"], ["km", "NAME"], ["sandhu", "NAME"]], ["routed"]],
  // a lower-case note's trailer: the signer's initials and the typist's behind a slash, after a middle dot
  ["holt fortenberry, md · hf/ab\n", [["holt fortenberry", "NAME"], ["hf", "NAME"], ["ab", "NAME"]], ["md"]],
  ["delaney okoro-vance, aprn   dov/ms\n", [["delaney okoro-vance", "NAME"], ["dov", "NAME"], ["ms", "NAME"]], ["aprn"]],
  // no name with those initials before, or not closing a line: no initials
  ["AL\nAdebayo Lindgren, MD\n", [["Adebayo Lindgren", "NAME"]], ["AL"]],
  ["Obinna Farraday reviewed the chart.\nbecause OF\n", [["Obinna Farraday", "NAME"]], ["OF"]],
  ["Obinna Farraday saw him.\nOF NOTE: labs pending\n", [["Obinna Farraday", "NAME"]], ["OF"]],
  ["Plan discussed with Obinna Farraday and the family, all agree.\nPain: none of\n", [["Obinna Farraday", "NAME"]], ["of"]],
];

const ROSTERS: ReadonlyArray<TypedCase> = [
  // an ALL CAPS triage log: tags opening the rows, names of English words, an age over 89 right-aligned under "AGE"
  [CAPS_ROSTER, [["0044718", "ID"], ["WHITLOW, EUGENIA", "NAME"], ["91", "AGE"], ["0044721", "ID"], ["HARDY, PATIENCE", "NAME"]], ["88", "YELLOW", "GREEN"]],
  // a lower-case and a mixed-case census: residents' names and ages over 89; "unknown male" is nobody's name
  [LOWER_CENSUS, [["story, marigold", "NAME"], ["100", "AGE"], ["abrams-tolliver, june", "NAME"], ["91", "AGE"]], ["2a", "2b"]],
  [MIXED_CENSUS, [["Story, Marigold", "NAME"], ["100", "AGE"], ["90", "AGE"]], ["Unknown", "2C"]],
  // a wristband's code under its column
  [WRISTBANDS, [["HZ-0101", "ID"], ["CRITES, ARLEN", "NAME"]], ["ADMIT"]],
  // a column of vital signs and a room column: no age, no identifier
  [VITALS, [], ["96", "0800"]],
  [NO_ID_COLUMN, [["KOWALSKI, STANISLAWA", "NAME"], ["95", "AGE"]], ["1120"]],
  // a number opening a line with no table above it
  ["4471 units of heparin given\n", [], ["4471"]],
];

const CUES: ReadonlyArray<TypedCase> = [
  ["TRIP 44718201  0600 P/U FROM HOME", [["44718201", "ID"]], ["P/U"]],
  ["trip 44718203 no show", [["44718203", "ID"]], ["trip"]],
  ["DANA'INA, TRIBE MEMBER (ENROLLMENT KT-1182)", [["KT-1182", "ID"]], ["ENROLLMENT"]],
  ["Outbreak OH-HCK-99-03 · interviewer on call", [["OH-HCK-99-03", "ID"]], ["Outbreak"]],
  ["ROTOR BY AIRLIFE (TAIL N447LO).", [["N447LO", "ID"]], ["TAIL"]],
  // the cue words in their common senses take nothing
  ["second trip 2 of 3 today", [], ["trip"]],
  ["mass in the tail of the pancreas 2 cm", [], ["tail"]],
  ["outbreak of 3 cases on the unit", [], ["outbreak"]],
  ["inspection 2 times daily", [], ["inspection"]],
];

const KIN_AGES: ReadonlyArray<TypedCase> = [
  // an age over 89 in brackets after a relative's name of two or three words, in ALL CAPS and in lower case
  ["GRANDFATHER WALTER REDCORN (92) WITNESSED, CALLED 911.", [["WALTER REDCORN", "NAME"], ["92", "AGE"]], ["GRANDFATHER"]],
  ["mother-in-law fannie peachey (92) helping with the children", [["fannie peachey", "NAME"], ["92", "AGE"]], ["mother"]],
  ["WIFE CLARISSA FLINT (92), HEALTHCARE AGENT SON", [["CLARISSA FLINT", "NAME"], ["92", "AGE"]], ["WIFE"]],
  // a reporting verb or a vital sign after the relative, an age under 90, no relative: no age
  ["MOTHER REPORTS HR (99)", [], ["99"]],
  ["mother reports hr (99)", [], ["99"]],
  ["wife states pain (10) at home", [], ["10"]],
  ["SISTER JANE DOE (45) VISITS", [["JANE DOE", "NAME"]], ["45"]],
  // (stop 47, ag47b: a change of spec, any person's name found before the bracket; parenNameAge47b)
  ["PT WINIFRED QUIMBY (90) IN BED 2", [["WINIFRED QUIMBY", "NAME"], ["90", "AGE"]], []],
];

const EPONYMS: ReadonlyArray<TypedCase> = [
  ["EXAM: LICHTENBERG FIGURES R SHOULDER/CHEST", [], ["LICHTENBERG"]],
  ["lichtenberg figures on the chest", [], ["lichtenberg"]],
  ["L ankle inversion. Ottawa rules negative.", [], ["Ottawa"]],
  ["OTTAWA RULES NEGATIVE", [], ["OTTAWA"]],
  // the town itself stays a place
  ["moved here from Ottawa, KS last year", [["Ottawa, KS", "LOCATION"]], ["moved"]],
];

runTypedTable("clinical round 31: initials closing a note or a line (stop 40)", ["NAME"], CLOSING);
runTypedTable("clinical round 31: rosters aligned with blanks (stop 40)", ["NAME", "AGE", "ID"], ROSTERS);
runTypedTable("clinical round 31: trip, enrolment, outbreak and tail numbers (stop 40)", ["ID"], CUES);
runTypedTable("clinical round 31: eponymous rules and figures (stop 40)", ["LOCATION", "NAME"], EPONYMS);
runTypedTable("clinical round 31: an age in brackets after a relative's name in ALL CAPS and lower case (stop 40)", ["NAME", "AGE"], KIN_AGES);
