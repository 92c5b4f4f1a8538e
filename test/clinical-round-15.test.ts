// Why this file exists: the table of the fifteenth clinical round's rules (fixture 12), positives and hard negatives,
// on both engines: an age at death over 89 in a family history; pagers glued to their "p" and the "bpr" cue, an
// extension closing a signature line; month/year dating an earlier value in parentheses, round years closing a phrase,
// month/day after a start or stop verb; i2b2-style dictation trailers (a code after a plain credential, a code and
// the transcriptionist's initials on their own line, a capitals pair glued by a colon, "dictated <date>", a pair one
// blank after "M.D."); a clinic's letterhead at the top of a note; the "D" of "M.D." is no initial; "OD" without a
// comma is the right eye; a family history's dash after a relative.
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const ROUND15: RoundRows = [
  // an age at death over 89 (younger ages are no PHI); a clock time or a percentage after "died at" is none
  ["FH: MOTHER DIED AT 93 (STROKE). FATHER DIED AT 58.", [["AGE", "93"]]],
  ["Her father died at 91. Grandmother passed away at 96 of a stroke.", [["AGE", "91"], ["AGE", "96"]]],
  ["Patient died at 1930 on the unit. Sats died at 93%.", []],
  // a pager glued to its "p" in parentheses or after a comma, closing its phrase; "bpr" is a pager cue
  ["Covering NP, Leah Ostrowski, p21198.", [["NAME", "Leah Ostrowski"], ["PHONE", "21198"]]],
  ["sign-out from nate (p71432) to odessa (bpr 4412)",
    [["NAME", "nate"], ["PHONE", "71432"], ["LOCATION", "odessa"], ["PHONE", "4412"]]],
  // proteins, p-values, a receptor and a count are none
  ["p53 mutation, (p16) stain, (p 0.03), p0.05, P2Y12 assay, p1234 times", []],
  // an extension closing a signature line after a column gap; a lab's multiplier and a count are none
  ["Nora Keough, LICSW  x4471", [["NAME", "Nora Keough"], ["PHONE", "x4471"]]],
  ["WBC 12 x1000/uL. Repeat x2.", []],
  // month/year dating an earlier value in parentheses, before a colon or the earlier value
  ["Weight 88 kg (3/88: 91 kg). A1c 9.4 (1/67 8.8).", [["DATE", "3/88"], ["DATE", "1/67"]]],
  ["(2/45 nodes) (3/40) titer 1/40", []],
  // a round year (50-90) closing its phrase after a word; titres, counts and small round denominators are none
  ["s/p DES LAD 8/80, admitted with CP. CABG 6/70.", [["DATE", "8/80"], ["DATE", "6/70"]]],
  ["ANA 1/80, speckled. Positive 3/50. In 3/40 patients.", []],
  ["Vision 6/60. Responded in 5/50; the rest did not.", []],
  // month/day after a start or stop verb, closing its phrase; the dose fractions stay doses
  ["APIXABAN 5 BID STARTED 6/6. Lasix stopped 3/9, restarted 3/12.", [["DATE", "6/6"], ["DATE", "3/9"], ["DATE", "3/12"]]],
  ["Metoprolol started 1/2 tab. Dose held 1/4.", []],
  // the dictating doctor's code after a plain credential ending the line; a training year and a gas are none
  ["Marguerite Sollis , MD MS44\nLabs pending.", [["NAME", "Marguerite Sollis"], ["ID", "MS44"]]],
  ["Ann Kim, RN CO2 was normal", [["NAME", "Ann Kim"]]],
  // the code and the transcriptionist's initials on their own line, under a signature; a lab pair alone is none
  ["DOUGLAS J. MCCALLISTER , M.D. DM43\nAS27 / bmt\nDD :\n11/23/69",
    [["NAME", "DOUGLAS J. MCCALLISTER"], ["ID", "DM43"], ["ID", "AS27"], ["NAME", "bmt"], ["DATE", "11/23/69"]]],
  ["DOUGLAS J. MCCALLISTER , M.D. DM43\nAS27 / BMT\nDD :\n11/23/69",
    [["NAME", "DOUGLAS J. MCCALLISTER"], ["ID", "DM43"], ["ID", "AS27"], ["NAME", "BMT"], ["DATE", "11/23/69"]]],
  ["LABS:\nT3 / TSH\nNORMAL", []],
  // a capitals pair glued by a colon before the dictation dates; a chief complaint and an exam heading are none
  ["ATTENDING: MILES VANDERHOEK, M.D.\nMV:TRC   D: 06/08/71   T: 06/09/71",
    [["NAME", "MILES VANDERHOEK"], ["NAME", "MV"], ["NAME", "TRC"], ["DATE", "06/08/71"], ["DATE", "06/09/71"]]],
  ["CC:SOB\nHEENT:NC/AT", []],
  // the pair after "dictated" and its date; the pair one blank after "M.D." in capitals
  ["Winston Achebe-Farr, M.D.   dictated 3/9/66   WAF:sml",
    [["NAME", "Winston Achebe-Farr"], ["DATE", "3/9/66"], ["NAME", "WAF"], ["NAME", "sml"]]],
  ["DICTATED BY : PETRA DUNMAREN , M.D. PD /RLK\nATTENDING : X", [["NAME", "PETRA DUNMAREN"], ["NAME", "PD"], ["NAME", "RLK"]]],
  // a clinic's letterhead at the top of a note, its words English words or not
  ["Record date: 2071-03-14\n\nQUARRY HILL FAMILY PRACTICE\n212 Tanner Road",
    [["DATE", "2071-03-14"], ["LOCATION", "QUARRY HILL FAMILY PRACTICE"], ["LOCATION", "212 Tanner Road"]]],
  ["Record date: 2072-01-08\n\nLinwood Internal Medicine\n\nCC: SOB", [["DATE", "2072-01-08"], ["LOCATION", "Linwood Internal Medicine"]]],
  ["HARROW VALLEY PODIATRY\nProgress note", [["LOCATION", "HARROW VALLEY PODIATRY"]]],
  // a facility head inside the line ends the name: the practice's head after it is the department
  ["Record date: 2066-05-14\n\n    MERRILL CENTER INTERNAL MEDICINE\n    1420 Quarry Road",
    [["DATE", "2066-05-14"], ["LOCATION", "MERRILL CENTER"], ["LOCATION", "1420 Quarry Road"]]],
  // a department's header, and a practice's name below the note's top lines, are none
  ["Internal Medicine Clinic\nProgress Note", []],
  ["General Internal Medicine\nAnnual visit", []],
  ["Heart Failure Clinic\nReturn visit", []],
  // (round 17: a practice's name on a line of its own below the top is found by the named-head rule, a facility's
  // two-word head of the word table after a name of common words, as "Pioneer Valley Gastroenterology" already was;
  // the letterhead rule still does not reach it, and the department headers above stay none)
  ["Line one.\nLine two.\nLine three.\nQuarry Hill Family Practice\nx", [["LOCATION", "Quarry Hill Family Practice"]]],
  // the "D" of "M.D." is no initial of the word after it; a real initial still is
  ["Glenda Moraitis, M.D. Marlow Hospital", [["NAME", "Glenda Moraitis"], ["LOCATION", "Marlow Hospital"]]],
  ["cc: Karen Hughes, M.D., Westbury Ridge Medical Group", [["NAME", "Karen Hughes"], ["LOCATION", "Westbury Ridge Medical Group"]]],
  ["Seen by J. Marlow today.", [["NAME", "J. Marlow"]]],
  // "OD" without a comma is the right eye; after the name's comma the optometrist's credential
  ["VA 20/60 OD, 20/40 OS. NVD OD. Avastin OD today.", []],
  ["Jane Roe, OD", [["NAME", "Jane Roe"]]],
  // a family history's dash: after a relative's first name it ends the clause, right after the relative it opens
  // the disease; a word with no name strength after a dash is no second surname, a surname still is
  ["FH: SISTER OPAL - CHF. BROTHER ED - DM2.", [["NAME", "OPAL"], ["NAME", "ED"]]],
  ["fh: mother june - dm2. father - mi at 60.", [["NAME", "june"]]],
  ["FH: FATHER - MI AT 60. SON WILL - CALL TOMORROW.", []],
  ["okeke, ifeoma - dka", [["NAME", "okeke, ifeoma"]]],
  ["Mary Smith - Jones", [["NAME", "Mary Smith - Jones"]]],
];

runRoundTable("fifteenth clinical round (fixture 12)", ROUND15);
