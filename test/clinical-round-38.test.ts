// Why this file exists: table tests, with hard negatives, for clinical round 38 (stop 47, fx47), read from the blind
// fixture 35's misses (the long documents of a hospital record): a date whose year is glued to the day's comma, as
// VistA's FileMan prints it ("DOB: MAR 3,1931"); an age over 89 in brackets after a birth date written with its month's
// name ("DOB: Jan 5, 1960 (93)") or after a courtesy title and a name ("mother Doña Refugio Villarreal (93) at bedside");
// a dictation's initials with the dictation's date after them on their line ("ih/tw  dictated 11/19/90", "ofr/ses · d:
// 05/12/2093"); mortuaries and crematories named after their founder ("Browning Mortuary"); a pathology laboratory and an
// image exchange named alone ("ProPath", "LifeImage"). Mixed case, ALL CAPS and lower case where the rule claims them;
// both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const DATES: readonly TypedCase[] = [
  // a four-digit year glued to the day's comma after a month's name
  ...cases("SSN: 031-44-8821   DOB: MAR 3,1931\nWARD: 4 WEST", [["MAR 3,1931", "DATE"]], []),
  ...cases("Admitted Jul 19,2092 for heart failure.", [["Jul 19,2092", "DATE"]], []),
  // hard negatives: a thousands group has three digits; a quantity has its unit; a year out of range
  ...cases3("Given May 1,500 mg total.", [[], [], []], ["1,500"]),
  ...cases3("Infused Mar 3,2000 mL overnight.", [[], [], []], ["3,2000"]),
  ...cases3("Count Mar 3,1200 cells.", [[], [], []], ["3,1200"]),
];

const AGES: readonly TypedCase[] = [
  // after a birth date with its month's name and its cue
  ...cases("DOB: MAR 3,1931 (92)\nWARD 4", [["MAR 3,1931", "DATE"], ["92", "AGE"]], []),
  ...cases("DOB: Jan 5, 1960 (93) MRN on file", [["Jan 5, 1960", "DATE"], ["93", "AGE"]], []),
  ...cases("DOB 3 Mar 1931 (92), lives alone", [["3 Mar 1931", "DATE"], ["92", "AGE"]], []),
  // after a courtesy title and a name (capitals read: mixed case and ALL CAPS)
  ...cases3("Her mother Doña Refugio Villarreal (93) at bedside.", [
    [["Refugio Villarreal", "NAME"], ["93", "AGE"]], [["REFUGIO VILLARREAL", "NAME"], ["93", "AGE"]],
    // (stop 47, ag47b: lower case too, after any person's name found; parenNameAge47b)
    [["refugio villarreal", "NAME"], ["93", "AGE"]],
  ], []),
  ...cases3("Mrs. Ida Perkins (94) visits daily.", [
    [["Ida Perkins", "NAME"], ["94", "AGE"]], [["IDA PERKINS", "NAME"], ["94", "AGE"]], [["ida perkins", "NAME"], ["94", "AGE"]],
  ], []),
  // hard negatives: a measure in the bracket; a clinician's title; a date without a birth date's cue
  ...cases3("Mrs. Perkins (94 kg) today.", [[["Perkins", "NAME"]], [["PERKINS", "NAME"]], [["perkins", "NAME"]]], ["94"]),
  ...cases3("Dr. Hale (92) called back.", [[["Hale", "NAME"]], [["HALE", "NAME"]], [["hale", "NAME"]]], ["92"]),
  ...cases("Last echo Jan 5, 2090 (93) EF 55%", [["Jan 5, 2090", "DATE"]], ["93"]),
];

const INITIALS: readonly TypedCase[] = [
  // a dictation's initials opening the line, the dictation's date after them on the line (the lower-case text's pair)
  ["with kind regards,\ningrid haraldsdottir, md, phd\nmovement disorders\nih/tw  dictated 11/19/90  transcribed 11/20/90  job 77120", [
    ["ingrid haraldsdottir", "NAME"], ["ih", "NAME"], ["tw", "NAME"],
  ], []],
  ["sincerely,\nolamide fagbemi-rourke, md, facc\nelectrophysiology\nofr/ses · d: 05/12/2093 t: 05/13/2093 · job 330417", [
    ["olamide fagbemi-rourke", "NAME"], ["ofr", "NAME"], ["ses", "NAME"],
  ], []],
  ["SINCERELY,\nNAVEEN KRISHNAMURTHY, M.D.\nMEDICAL ONCOLOGY\nNK/DPL    D: 04/18/91    T: 04/19/91", [
    ["NAVEEN KRISHNAMURTHY", "NAME"], ["NK", "NAME"], ["DPL", "NAME"],
  ], []],
  // hard negatives: English words and units with a slash before a dictation's date
  ["thank you.\nsigned by dr. lee\nand/or  dictated 11/19/90", [["lee", "NAME"]], ["and/or"]],
  ["labs reviewed, glucose trend\nmg/dl  d: 04/18/91  t: 04/19/91", [], ["mg/dl"]],
];

const ORGS: readonly TypedCase[] = [
  // a mortuary or a crematory named after its founder or a place
  ...cases("Funeral home: Browning Mortuary, Farmington", [["Browning Mortuary, Farmington", "LOCATION"]], []),
  ...cases("Released to Hale Crematory at 1130.", [["Hale Crematory", "LOCATION"]], []),
  // a pathology laboratory, an image exchange
  ...cases("Slides sent to ProPath for review.", [["ProPath", "LOCATION"]], []),
  ...cases("Images pushed via LifeImage to the portal.", [["LifeImage", "LOCATION"]], []),
  // hard negatives: the head without a name before it
  ...cases3("Body released to the mortuary at 1130.", [[], [], []], ["mortuary"]),
  ...cases3("Hospital morgue and crematory notified.", [[], [], []], ["crematory"]),
];

runTypedTable("clinical round 38 (fx47): a year glued to the day's comma", ["DATE"], DATES);
runTypedTable("clinical round 38 (fx47): an age in brackets after a named birth date or a titled name", ["AGE", "DATE", "NAME"], AGES);
runTypedTable("clinical round 38 (fx47): a dictation's initials before the dictation's date", ["NAME"], INITIALS);
runTypedTable("clinical round 38 (fx47): mortuaries, a laboratory and an image exchange", ["LOCATION"], ORGS);
