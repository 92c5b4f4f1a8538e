// Why this file exists: table tests, with hard negatives, for the second stop 45 places round (pl45), read from the
// LOCATION misses of fixture 33 (written blind) and fixtures 29-32 in their three cases: a hospital's own name before
// "Medical Center" wherever it stands, in a form's column, after a list's number or a middle dot, with no frame of
// where (medCenterName45, KIND_POSS45, MED_CENTER_NOT45, plainGap45), and a care home's pair of services at its name's end
// ("Heritage Hills Nursing and Rehabilitation": SNF_PAIR45). Both engines; every row in mixed case, ALL CAPS
// and lower case. Names and places are made up or changed.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const T = ["LOCATION", "NAME"];

const NAMED: ReadonlyArray<TypedCase> = [
  // one naming word after a list's number, the phrase going on after the head
  ...casedRows("Problems:\n2. Covenant Medical Center lab called at 0910", [["Covenant Medical Center", L]], ["lab", "called"]),
  // a possessive no kind list has names it, in a form's column
  ...casedRows("DISPATCH LOG     Queen's Medical Center, Honolulu     Wednesday",
    [["Queen's Medical Center, Honolulu", L]], ["DISPATCH", "LOG"]),
  // after a middle dot, a kind's possessive between the name and the head
  ...casedRows("Stim Test · Cook Children's Medical Center Endocrine Infusion", [["Cook Children's Medical Center", L]],
    ["Stim", "Endocrine", "Infusion"]),
  // two naming words and kind words, at a line's start
  ...casedRows("Halcyon Bay Regional Medical Center\nDate: today", [["Halcyon Bay Regional Medical Center", L]], ["Date"]),
  // a name that is no core English word after a sentence's verb (lower case drops the verb)
  ...casedRowsEach("family prefers Ardmore Medical Center for follow up",
    [[["Ardmore Medical Center", L]], [["ARDMORE MEDICAL CENTER", L]], [["ardmore medical center", L]]], ["family", "prefers", "follow"]),
  // a transfer log's cell, a name of two words
  ...casedRows("TRANSFERS IN: Weeks Medical Center sepsis - ICU bed 6", [["Weeks Medical Center", L]], ["sepsis", "ICU", "bed"]),
  // a care home's pair of services at its name's end (the facility walk stops at "rehabilitation")
  ...casedRows("Pt prefers Heritage Hills Nursing and Rehabilitation).", [["Heritage Hills Nursing and Rehabilitation", L]], ["prefers"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // "Medical Center" alone, a kind alone, a determiner, a size or a rank: no name
  ...casedRows("Transferred to the medical center for a CT.", [], ["medical", "center"]),
  ...casedRows("2. Children's Medical Center records requested", [], ["Children's", "Medical", "Center", "records"]),
  ...casedRows("Seen at a tertiary medical center last year.", [], ["tertiary", "medical", "center"]),
  ...casedRows("She prefers the nearest medical center.", [], ["prefers", "nearest", "medical"]),
  ...casedRows("Patient called medical center for results.", [], ["called", "medical", "center", "results"]),
  ...casedRows("Emergency Medical Center triage note", [], ["Emergency", "Medical", "Center"]),
  // a department or a firm before a heading's dash, a column's gap before kind words: the name does not cross them
  // (the capitals' letterhead rules read "CRUISE LINE - MEDICAL CENTER" as before; lower case no longer crosses the dash)
  ["carnival cruise line - medical center, m/v vista   voyage 12", [], ["cruise", "line", "medical", "center"]],
  ...casedRows("Investigation - confidential     Regional Medical Center (file 7)", [], ["Investigation", "confidential", "Regional"]),
  // a number word is no name, a size and a kind neither
  ...casedRows("There is one medical center in town.", [], ["one", "medical", "town"]),
  ...casedRows("He works at a large academic medical center.", [], ["large", "academic", "medical"]),
  // a care home's services with no name, or after a verb or an adjective
  ...casedRows("Plan: discuss nursing and rehabilitation options.", [], ["discuss", "nursing", "rehabilitation"]),
  ...casedRows("Pt prefers skilled nursing and rehabilitation).", [], ["prefers", "skilled", "nursing"]),
];

runTypedTable("pl45: naming words before Medical Center (medCenterName45)", T, NAMED);
runTypedTable("pl45: hard negatives", T, NEGATIVES);
