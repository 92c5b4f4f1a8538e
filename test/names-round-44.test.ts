// Why this file exists: table tests, with hard negatives, for stop 44's names round (nam44), read from the NAME spans of
// fixtures 28-31 (three cases) that no finding touched: "LAST, FIRST" after a person's label closed by a modern header's
// separator (" · ", " (", " |", " —", ";", " <", a record's code: detect.ts labelFieldEnds44()), a log's column of who
// did or witnessed a step ("PERFORMED   WITNESS", "| By", "METHOD   BY": csv.ts COL_PERSON_FX40, and a cell under the
// header's field of the same rank, alignedPersonFieldFx40()), a cell's trailing credential and leading relative's word
// left out, a cell of English words refused (wordsOnly44()), and in lower case a listed given name that is an English
// word before a surname decided right after it (lowerGiven44()). Positives were leaks, hard negatives false positives
// of the same frames. Both engines; every name is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const LABELLED_PAIRS: ReadonlyArray<TypedCase> = [
  // a middle dot closing the field, in the three cases
  ["Pt: Kabua, Mejlan · 58 F · MRN CCS-447182\n", [["Kabua, Mejlan", N]], ["MRN"]],
  ["PT: KABUA, MEJLAN · 58 F · MRN CCS-447182\n", [["KABUA, MEJLAN", N]], ["MRN"]],
  ["pt: kabua, mejlan · 58 f · mrn ccs-447182\n", [["kabua, mejlan", N]], ["mrn"]],
  // an opening bracket, an English-word given name after a listed surname
  ["PATIENT: AHMADZAI, FARIBA (DOB 09/13/1987)   PARTNER: NONE\n", [["AHMADZAI, FARIBA", N]], ["PARTNER", "NONE"]],
  ["Patient: Ahmadzai, Fariba (DOB 09/13/1987)\n", [["Ahmadzai, Fariba", N]], ["DOB"]],
  ["PT: DRUMHELLER, WADE · DOB 4/18/1959 · MRN PHFP-30441\n", [["DRUMHELLER, WADE", N]], ["DOB"]],
  // an e-mail's angle bracket, a dash, a semicolon
  ["CC: TISDALE, GRANT <GTISDALE@CFVMC.EXAMPLE>\n", [["TISDALE, GRANT", N]], []],
  ["Patient: Jones, Hope — follow-up in 2 weeks\n", [["Jones, Hope", N]], ["follow"]],
  // the label's words after a colon that are findings, signs or orders: no one
  ["PATIENT: ALERT, ORIENTED (X3)\n", [], ["ALERT", "ORIENTED"]],
  ["Patient: Alert, oriented · stable\n", [], ["Alert", "oriented", "stable"]],
  ["PT: STABLE, AFEBRILE · VSS\n", [], ["STABLE", "AFEBRILE"]],
  ["Dx: Diabetes, Type 2 · A1c 9.1\n", [], ["Diabetes", "Type"]],
  // a surname from the label, a symptom after the comma is none
  ["PATIENT: KELLER, MIGRAINE (CHRONIC)\n", [["KELLER", N]], ["MIGRAINE", "CHRONIC"]],
];

const EMBRYO_CAPS =
  "STEP                      TIME   DISH / TUBE ID          PERFORMED   WITNESS\n" +
  "EGG RETRIEVAL RECEIPT     0812   FA-0314-OR2            MTR         KDB\n" +
  "ICSI (11 MII)             1245   FA-0314-ICSI-A         KDB         ALW\n" +
  "EMBRYOSCOPE LOAD          1320   SLIDE ES-77182-03    KDB         MTR\n";

const STAFF_COLUMNS: ReadonlyArray<TypedCase> = [
  // a lab's double-witness log: the performer's and the witness's initials, a row's dish code wider than the header
  [EMBRYO_CAPS, [["MTR", N], ["KDB", N], ["KDB", N], ["ALW", N], ["KDB", N], ["MTR", N]], ["EGG", "ICSI", "EMBRYOSCOPE"]],
  [EMBRYO_CAPS.toLowerCase(), [["mtr", N], ["kdb", N], ["kdb", N], ["alw", N], ["kdb", N], ["mtr", N]], ["egg", "icsi", "embryoscope"]],
  // a typed table's "By" column
  ["Item | Number | Verified | Source | By\nNPI | 1992044718 | 3/4/2099 | NPPES | RW\nABIM certificate | 304471 | 3/5/2099 | ABIM | RW\n",
    [["RW", N], ["RW", N]], ["NPPES", "certificate"]],
  ["item | number | verified | source | by\nnpi | 1992044718 | 3/4/2099 | nppes | rw\n", [["rw", N]], ["nppes"]],
  // a monitoring log's "BY": a surname; the traveller himself, no one, or a method's words are none
  ["DAY  DATE     TEMP AM/PM   SX    METHOD   BY\n8    3/14     98.2/98.6    NONE  VIDEO    CANTU-BLAIR\n" +
    "9    3/15     98.4/99.1    NONE  TEXT     SELF\n10   3/16     98.1/98.3    NONE  PHONE    SEE NOTE\n",
    [["CANTU-BLAIR", N]], ["SELF", "SEE", "NOTE", "VIDEO"]],
  // a procedure log's "PERFORMED" and "WITNESS" holding where, whether and no one
  ["PROCEDURE        DATE        PERFORMED     WITNESS\nFOLEY            3/14        AT BEDSIDE    NONE\n" +
    "LP               3/15        IN CLINIC     N/A\nPICC             3/16        YES           RN\n", [],
    ["BEDSIDE", "CLINIC", "NONE", "YES", "RN"]],
  // a cell of two English words that is a "LAST, FIRST" stays a name
  ["RM    RESIDENT            AGE\n118   HARDY, PATIENCE     93\n", [["HARDY, PATIENCE", N]], []],
  ["Med | Dose | Time | Given by\nAmox | 500 mg | 0900 | pt\nAmox | 500 mg | 2100 | self\nTylenol | 650 mg | 1300 | see note\n", [],
    ["pt", "self", "see note"]],
  // a cell's credential after the name, and a relative's word before it, are no part of the name
  ["VACCINE            DATE          LOT           SITE   GIVEN BY\nPCV20 #1           11/12/2086    PN33017        RVL    R. ESPINOZA LPN\n",
    [["R. ESPINOZA", N]], ["LPN", "RVL"]],
  ["BED  PATIENT             AGE   NEEDS                  CONTACT\nA5   DARDAR, TY'REE      34    VENT, CAREGIVER        MOTHER SHERELLE DARDAR\n",
    [["DARDAR, TY'REE", N], ["SHERELLE DARDAR", N]], ["MOTHER", "VENT"]],
];

const LOWER_GIVEN: ReadonlyArray<TypedCase> = [
  // a listed given name that is an English word, before a surname found right after it
  ["farm bureau claim wc-99-22018, adjuster patty ebert 785-555-0166.\n", [["patty ebert", N]], ["adjuster"]],
  ["crew: lt casey wolfe, ff/emt sparrow delacruz. written 1130.\n", [["casey wolfe", N], ["sparrow delacruz", N]], ["crew", "written"]],
  ["specialists: podiatry mercy ogundipe, dpm.\n", [["mercy ogundipe", N]], ["podiatry"]],
  // the same words with no surname after them
  ["she drew blood cultures x2 and will recheck.\n", [], ["drew", "blood"]],
  ["patient has a grace period for the copay; joy at discharge.\n", [], ["grace", "joy"]],
  ["kit given for home; patty melt for lunch.\n", [], ["kit", "patty"]],
  // a way, a role or a direction before a surname is no given name
  ["sent via lima memorial; crew boss santoyo aware.\n", [["santoyo", N]], ["via", "boss"]],
];

const COMPOUND_SURNAMES: ReadonlyArray<TypedCase> = [
  // after a given name, in the three cases
  ["PARENT/GUARDIAN: GRANDMOTHER VERNA TWO BULLS 406-555-0152\n", [["VERNA TWO BULLS", N]], ["GRANDMOTHER"]],
  ["Peer support Marlon Two Hearts to help move.\n", [["Marlon Two Hearts", N]], ["Peer", "help"]],
  ["referral to tamsin red cloud the diabetes educator.\n", [["tamsin red cloud", N]], ["referral", "diabetes"]],
  // opening "LAST, FIRST" after a label
  ["PATIENT: RED CLOUD, WENDELL   MRN MH0044812\n", [["RED CLOUD", N], ["WENDELL", N]], ["MRN"]],
  ["Client: Two Bulls, Marcus   client ID PRC-98-0412\n", [["Two Bulls", N], ["Marcus", N]], ["Client"]],
  // the same words with no given name beside them
  ["BITTEN BY BLACK BEAR ON THE LEFT HAND.\n", [], ["BLACK", "BEAR"]],
  ["EXAM: RED HEART, LUNGS CLEAR.\n", [], ["RED", "HEART", "LUNGS"]],
  ["saw two bears, one dog at camp.\n", [], ["two", "bears"]],
];

runTypedTable("stop 44: a labelled LAST, FIRST closed by a header's separator", [N], LABELLED_PAIRS);
runTypedTable("stop 44: a log's column of who did or witnessed a step", [N], STAFF_COLUMNS);
runTypedTable("stop 44: a lower-case given name that is an English word before a surname", [N], LOWER_GIVEN);
runTypedTable("stop 44: a two-word surname of the Plains nations", [N], COMPOUND_SURNAMES);
