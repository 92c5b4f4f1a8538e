// Why this file exists: table tests, with hard negatives, for stop 43's names round (nam43), read from the NAME spans of
// fixtures 20-30 that no finding touched: a lower-case row that opens with its number, code or clock counts as
// lower-case writing (detect.ts openerPush: a worklist's rows past the header's window were read as mixed case), a
// lower-case row's "last, first" (lowerRow43), a lower-case sign-off's initials (lowerRecordInitials43), a record verb
// before a clock's initials ("entered 3/14/2099 16:05 dw": STAMP_VERBS43 in round23Initials), a letter's trailer before
// a column ("GV:th   enc:": slashSigner38), a relative's rare-word name before an age ("SISTER VERBENA, AGE 90":
// rareKinWord43) and a credential before a given name and a surname closing a field ("MD   PA TY BIGHORSE":
// credGivenSurname43), and a closing pair alone on its line whose halves are both initials of names found before ("sk/bo":
// src/propagate.ts pairLearned43). Positives were leaks, hard negatives false positives of the same frames.
// Both engines; every name is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

// a worklist's rows open with an accession code, so no row has a lower-case opener of its own: the header's opener
// leaves modeAt()'s 48-token window after the third row
const WORKLIST =
  "radiology worklist - printed 14mar2099 0640\n" +
  "accession    patient                 mrn      exam             sched\n" +
  "a52316228  tran, bao ngoc         8747363  ct enterography  03/14/2099  crohn protocol\n" +
  "a53652632  halvorsen, einar j     7916430  ct renal stone   03/15/2099  low dose\n" +
  "a45661560  oyelaran, funmilayo    8725172  ct abd/pelvis w  03/17/2099  routine iv contrast\n" +
  "a42304966  mccracken, delia       6480160  ct renal stone   03/16/2099  low dose\n" +
  "a58735488  pakkala, toivo         1094716  ct renal stone   03/15/2099  low dose\n" +
  "a57610331  brzezinski, halina     7526124  ct head wo       03/17/2099  routine\n";

const ROSTER =
  "farm clinic roster\n" +
  "1  chavez, raul   dob 05/12/1980   tdap l delt   by ev   employee # dfg-2204\n" +
  "2  lopez, maria   dob 09/09/1995   flu   by ev   pregnant 28 wk\n" +
  "3  hernandez, jose luis   dob 01/30/1972   flu   by kt   housing: cabin 9\n" +
  "4  xochitl, amado   dob 07/07/2001   mmr #2, tdap   by kt\n" +
  "5  winn, barbara   dob 12/12/2008   flu high dose   by ev\n" +
  "6  young, robin   dob 08/19/1966   flu   by kt   supervisor\n";

const LOWER_ROWS: ReadonlyArray<TypedCase> = [
  // "last, first" opening a row after its code, a number following on the line; the last rows too
  [WORKLIST, [["tran, bao ngoc", N], ["halvorsen, einar j", N], ["oyelaran, funmilayo", N], ["mccracken, delia", N],
    ["pakkala, toivo", N], ["brzezinski, halina", N]], ["renal", "contrast", "routine"]],
  // "last, first" after a row's number with a DOB on the line, English words too ("young, robin"); the roster's "by"
  // column's initials
  [ROSTER, [["chavez, raul", N], ["ev", N], ["lopez, maria", N], ["ev", N], ["hernandez, jose luis", N], ["kt", N],
    ["xochitl, amado", N], ["kt", N], ["winn, barbara", N], ["ev", N], ["young, robin", N], ["kt", N]], ["tdap", "flu", "supervisor"]],
  // body parts, findings and English words with no DOB: no one
  ["exam today.\n1. back, hip   8/10\n2  chest, abdomen  normal 3\n3  frank, hope  4/10\n4  mood, affect  stable 2\n", [],
    ["back", "chest", "frank", "hope", "mood"]],
  // a mixed-case plan's numbered lines in lower case stay words
  ["Exam today.\n1  continue lisinopril   10 mg daily\n2  follow up, labs   3/14\n3  recheck bmp in   2 weeks\n", [],
    ["continue", "follow", "labs", "recheck"]],
];

const SIGN_OFFS: ReadonlyArray<TypedCase> = [
  // lower-case initials after a record's verb, closing the field or before its stamp
  ["pacu note.\naldrete 9.   signed fhc 1002\ncollector initials vt   reviewed aq 03/16/99\nsupervisor review lmk 3/17/99\n" +
    "electronically signed 03/14/2099   transcribed kls\n", [["fhc", N], ["vt", N], ["aq", N], ["lmk", N], ["kls", N]], ["aldrete", "collector"]],
  // tests, orders, traces and units the same verbs take
  ["left ama.\nreviewed ua 3/14\nreviewed nst 3/14\nreviewed ivf 3/14\nsigned dnr 3/14\nreviewed icu 3/14\nsigned pacu 1002\n", [],
    ["ua", "nst", "ivf", "dnr", "icu", "pacu"]],
  // a record's verb, its date and clock, and the initials closing the line, in the three cases
  ["kiosk intake · entered 3/14/2099 16:05 dw\n", [["dw", N]], ["kiosk", "intake"]],
  ["KIOSK INTAKE · ENTERED 3/14/2099 16:05 DW\n", [["DW", N]], ["KIOSK", "INTAKE"]],
  ["Kiosk intake · entered 3/14/2099 16:05 DW\n", [["DW", N]], ["Kiosk"]],
  // a credential, a meridiem or a word after the clock
  ["pt seen.\nsigned 10/4 10:55 rn\nentered 3/14 16:05 pt\n", [], ["rn", "pt"]],
  ["SIGNED 10/4 10:55 PM\nREVIEWED 3/14 09:40 AM\n", [], ["PM", "AM"]],
  // a letter's trailer, the signer's capitals and the typist's letters, before the enclosures' column
  ["With gratitude,\nGarrett Vinson, MD, Medical Director   GV:th   enc: FDA fact sheet\n", [["Garrett Vinson", N], ["GV", N], ["th", N]],
    ["Medical", "enc"]],
  // a vital's label and value glued by a colon in a column are no trailer
  ["Vitals   HR:72   BP:120/80\nPlan   IV:po   later\n", [], ["HR", "BP", "IV"]],
];

const KIN_AND_CREDENTIALS: ReadonlyArray<TypedCase> = [
  // a relative's rare-word name before ", age N"
  ["LIVES AT 46 ELM ST WITH SISTER VERBENA, AGE 90.\n", [["VERBENA", N]], ["SISTER", "LIVES"]],
  ["Lives at 46 Elm St with sister Verbena, age 90.\n", [["Verbena", N]], ["sister"]],
  ["lives at 46 elm st with sister verbena, age 90.\n", [["verbena", N]], ["sister"]],
  // a common English word there is no name
  ["LIVES WITH SISTER PRESENT, AGE 90.\n", [], ["PRESENT"]],
  ["lives with sister nearby, age 90.\n", [], ["nearby"]],
  // a credential opening a column before a given name and a surname that close the field
  ["ATTENDING MERIDETH ST. CLAIR, MD   PA TY BIGHORSE\n", [["MERIDETH ST. CLAIR", N], ["TY BIGHORSE", N]], ["ATTENDING", "PA"]],
  ["Attending Merideth St. Clair, MD   PA Ty Bighorse\n", [["Merideth St. Clair", N], ["Ty Bighorse", N]], ["Attending"]],
  ["on call\nnp ty bighorse\n", [["ty bighorse", N]], ["np", "call"]],
  // a service, an agency or a team after the credential
  ["NOTES\nPA STUDENT SHADOWING\nNP CLINIC HOURS\nRN TEAM AWARE\n", [], ["STUDENT", "SHADOWING", "CLINIC", "TEAM"]],
  ["notes\npa student shadowing\nnp clinic hours\nrn team aware\n", [], ["student", "shadowing", "clinic", "team"]],
];

const CLOSING_PAIRS: ReadonlyArray<TypedCase> = [
  // a signer's and a typist's initials alone on the note's last line, both halves initials of names found before
  // ("kowalczyk, stanislaw" signs "sk" too)
  ["surgeon: kowalczyk, stanislaw, dmd, md     assistant: brianna ouellette, cda\nprocedure: extraction of #17.\n" +
    "rx sent (pmp checked).\nsk/bo\n", [["kowalczyk, stanislaw", N], ["brianna ouellette", N], ["sk", N], ["bo", N]], ["procedure"]],
  // one half a name's initials at most: abbreviations, or the other person's initials missing
  ["Dr. Thomas Brown saw him with Holly Ives, RN.\nCounseled on TB.\nTB/HIV\n", [["Thomas Brown", N], ["Holly Ives", N]], ["TB/HIV"]],
  ["assistant: brianna ouellette, cda\nprocedure: extraction.\nsk/bo\n", [["brianna ouellette", N]], ["sk/bo"]],
];

runTypedTable("stop 43: a lower-case row's last, first after its number or code", [N], LOWER_ROWS);
runTypedTable("stop 43: a closing pair alone on its line, both halves learned initials", [N], CLOSING_PAIRS);
runTypedTable("stop 43: sign-off initials in lower case, after a clock, and a letter's trailer", [N], SIGN_OFFS);
runTypedTable("stop 43: a relative's rare-word name before an age; a credential before a given name and surname", [N], KIN_AND_CREDENTIALS);
