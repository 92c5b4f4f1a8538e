// Why this file exists: table tests, with hard negatives, for the stop 39 organisations round (org39): a firm's name of
// common words before a firm's head after a word of where ("to Harbor Testing Solutions (", firmHead39), a payer's word
// that English or a name also has before its plan's, member's or claim's word ("billed to humana part d", payer39), a
// device maker's listed word before "rep" after a cue's guess ("by Medtronic rep", MAKERS39), an "of the" tail that
// closes at the look-ahead's edge ("Bank of the Northeast.", ofWord39), and the built-in list's coined payers', labs',
// transport firms' and employers' names (src/builtins.ts), in mixed case, ALL CAPS and lower case. Both engines. Names
// of people and of firms with common words are made up; the listed firms are real national names.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a firm's head after a word of where: one naming word, the clause closed (a bracket, a period, a comma)
  ["Blood for serology to Creative Testing Solutions (sample 7729041).", [["Creative Testing Solutions", ORG]], ["Blood", "sample"]],
  ["BLOOD FOR SEROLOGY TO HARBOR TESTING SOLUTIONS (SAMPLE 7729041).", [["HARBOR TESTING SOLUTIONS", ORG]], ["BLOOD", "SAMPLE"]],
  ["Labs sent to Dominion Diagnostics (spec 44).", [["Dominion Diagnostics", ORG]], ["Labs", "spec"]],
  ["Courier via Speedy Logistics, pickup 1530.", [["Speedy Logistics", ORG]], ["Courier", "pickup"]],
  ["COURIER VIA SPEEDY LOGISTICS, PICKUP 1530.", [["SPEEDY LOGISTICS", ORG]], ["COURIER", "PICKUP"]],
  // a payer's listed word before its plan's, member's or claim's word, in the three cases
  ["billed to humana part d h4471-028.", [["humana", ORG]], ["billed", "part"]],
  ["BILLED TO HUMANA PART D H4471-028.", [["HUMANA", ORG]], ["BILLED", "PART"]],
  ["Coverage: TruHearing through Humana Medicare Advantage, member H44.", [["TruHearing", ORG], ["Humana", ORG]], ["Coverage", "Medicare"]],
  ["FUNDING: STATE BEHAVIORAL PLAN / MAGELLAN AUTH MGL-4471820.", [["MAGELLAN", ORG]], ["FUNDING", "AUTH"]],
  // a maker's listed word before "rep", after a cue's guess ("by") too
  ["Device check by Medtronic rep Shauna Voss: no shocks.", [["Medtronic", ORG], ["Shauna Voss", "name:neighbour"]], ["Device", "rep"]],
  ["DEVICE CHECK BY MEDTRONIC REP SHAUNA VOSS: NO SHOCKS.", [["MEDTRONIC", ORG], ["SHAUNA VOSS", "name:neighbour"]], ["DEVICE", "REP"]],
  ["device check by medtronic rep shauna voss: no shocks.", [["medtronic", ORG], ["shauna voss", "name:neighbour"]], ["device", "rep"]],
  // the built-in list's coined names, in any case
  ["Meds via Accredo specialty pharmacy.", [["Accredo", ORG]], ["Meds", "specialty"]],
  ["INR 3.8 BY HOME METER (ACELIS UPLOAD).", [["ACELIS", ORG]], ["METER", "UPLOAD"]],
  ["works at chick-fil-a on eastern bypass.", [["chick-fil-a", ORG]], ["works", "bypass"]],
  ["CROSSMATCH NEG (VERSITI LAB, ACCESSION 4041).", [["VERSITI", ORG]], ["CROSSMATCH", "LAB"]],
  // an "of the" tail whose last word closes the name at the look-ahead's edge
  ["Paycheck from Bank of the Northeast.", [["Bank of the Northeast", ORG]], ["Paycheck"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's or a county's services: "Services" needs two naming words, a kind's word names none
  ["Referred to Social Services.", [], ["Social", "Services"]],
  ["REFERRED TO SOCIAL SERVICES.", [], ["SOCIAL", "SERVICES"]],
  ["Called Interpreter Services for Spanish.", [], ["Interpreter", "Services"]],
  ["Referred to Patient Transport Services.", [], ["Patient", "Transport"]],
  ["Plan to Arrange Backup Transport.", [], ["Arrange", "Backup", "Transport"]],
  ["Spoke with Clinical Research Solutions today.", [], ["Clinical", "Research", "Solutions"]],
  // lower case: no capital marks the name
  ["blood for serology to harbor testing solutions (sample 7729041).", [], ["harbor", "testing", "solutions"]],
  // a payer's word with no plan's, member's or claim's word after it, or an English word before one
  ["The human plan is to go home.", [], ["human", "plan"]],
  ["Anthem played at the rally.", [], ["Anthem"]],
  // ("auth" is a payer's tail: a payer's second mention is found too, as fixture 20's gold leaves it out)
  ["Accepted; Humana auth submitted via naviHealth, ref 4471.", [["Humana", ORG], ["naviHealth", ORG]], ["Accepted", "submitted"]],
  // a maker's surname without "rep" stays as the name rules read it; a sales rep is a person's role
  ["Met with sales rep Dan Frost.", [["Dan Frost", "name:neighbour"]], ["sales", "rep"]],
  // Spanish "propio" and a patient portal are no firm's names (left out of the built-in list)
  ["Acetaminofén propio para el dolor.", [], ["propio"]],
  ["PA request via CoverMyMeds today.", [], ["CoverMyMeds"]],
  // TRICARE is a public programme, as Medicare is (test/clinical-notes-15.test.ts)
  ["F/U 2 WK. TRICARE PRIME.", [], ["TRICARE"]],
  // an "of the" tail at the look-ahead's edge goes on only when the name closes after it: a two-word place stays whole
  ["Asthma Specialists of the Quad Cities saw her.", [["Quad Cities", "location:city"]], ["Asthma", "Specialists"]],
  ["Reviewed the Department of the Army form.", [], ["Department", "Army"]],
];

runPlaceTable("org39: firms' heads after a word of where, payers, makers, listed firms", POSITIVES);
runPlaceTable("org39: hard negatives", NEGATIVES);
