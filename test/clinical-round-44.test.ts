// Why this file exists: table tests, with hard negatives, for clinical round 44 (stop 50, fx50), read from the blind
// fixture 41's misses (post-acute and long-term care): a signer's initials glued to an em or en dash after the note's
// last sentence ("Chart HH-2099-77104. —MF", "218-555-0163. —PKM"; gluedDashSign50 in assembly/names/r50_fx50.ts,
// called from signSlot45 beside signDash47, which reads the spaced "— DW"); a surname in lower case after a given name
// and its nickname in quotes ('kaylee "kay" stout', 'raymond "ray" gokee'; nickSurnameEnd50 in r50_fx50.ts, called by
// nickSurname50 from laterRounds). Both engines, the three cases where claimed. Names, places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const GLUED_DASH_SIGN: readonly TypedCase[] = [
  // after a number's period and a blank, closing the text
  ...cases("Next visit 3/21. Phone (son) 808-555-0176. Chart HH-2099-77104. —MF",
    [["3/21", "DATE"], ["808-555-0176", "PHONE"], ["MF", "NAME"]], []),
  // after a word's period, closing the line; an en dash too
  ...cases("Mailed the grief booklet to his wife. —PKM\nNext call in two weeks.", [["PKM", "NAME"]], []),
  ...cases("Family updated by phone today. –RDW\n", [["RDW", "NAME"]], []),
  // after a closing quote behind the period
  ...cases("She said \"we are doing fine.\" —JT\n", [["JT", "NAME"]], []),
  // hard negatives: a glued dash inside a sentence, no sentence's end before the dash, a unit, a clinical abbreviation
  ...cases("Weight 41 —KG per scale\n", [], ["KG"]),
  ...cases("Dressing changed —OK per wound nurse.", [], ["OK"]),
  ...cases("Plan reviewed. —PRN\n", [], ["PRN"]),
  ...cases("Tolerated well. —NPO after midnight\n", [], ["NPO"]),
];

const NICK_SURNAME: readonly TypedCase[] = [
  // lower case (ALL CAPS held the surname at the base)
  ...cases('girlfriend kaylee "kay" stout arrived, states pt used',
    [["kaylee", "NAME"], ["kay", "NAME"], ["stout", "NAME"]], []),
  // a hyphened surname, then a comma and an age
  ...cases('pt: darnell "dj" okafor-james, 19 yo', [["darnell", "NAME"], ["dj", "NAME"], ["okafor-james", "NAME"]], []),
  // an apostrophe inside the surname, lower-case text
  ['patient name: ignatius "iggy" o\'shaughnessy-bale   dob: 04/23/1958',
    [["ignatius", "NAME"], ["iggy", "NAME"], ["o'shaughnessy-bale", "NAME"], ["04/23/1958", "DATE"]], []],
  // hard negatives: a core English word after the nickname, a quoted word with no given name before it
  ...cases('pt joseph "joey" says he fell at home.', [["joseph", "NAME"], ["joey", "NAME"]], ["says"]),
  ['pain is "sharp" today per pt.', [], ["today"]],
];

runTypedTable("clinical round 44 (fx50): a surname in lower case after a given name and a nickname in quotes", ["NAME", "DATE"],
  NICK_SURNAME);
runTypedTable("clinical round 44 (fx50): a signer's initials glued to a long dash after the last sentence",
  ["NAME", "DATE", "PHONE"], GLUED_DASH_SIGN);
