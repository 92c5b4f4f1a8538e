// Why this file exists: table tests, with hard negatives, for stop 44's second round on identifiers, ages, dates and
// places (ix44), read from the misses of fixtures 28-32 in all three cases: an OCR'd date with the letter O for the
// month's zero (ix44.ts ocrDate44), a banner's "92 Y   M" and a lower-case sign-out row's "fontenot, clarisse 90 f"
// (ageYSex44, lowerRowAge44), a month and day between "the" and the event it names ("the 3/9 call", theDayNoun44),
// "updated" among the words that date an event, "Cert" as a licence's cue, and a town in brackets after a facility just
// found (detect.ts bracketTown44). Both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // an OCR'd birth date, the month's zero read as the letter O (ocrDate44)
  ["Group: 90447   Member DOB: O4/11/1970\nRequesting Provider", [["O4/11/1970", "DATE"]], ["Group", "Requesting"]],
  ["preferred name: lena\ndate of birth: o7/19/1956   sex: f", [["o7/19/1956", "DATE"]], ["preferred"]],
  // a banner's age, "Y" and sex apart (ageYSex44)
  ["MRN 00-44-71-82\nDOB 07/30/2006   92 Y   M      FIN 4471", [["07/30/2006", "DATE"], ["92", "AGE"]], ["DOB"]],
  ["Age/Sex: 94 Y F", [["94", "AGE"]], []],
  // a sign-out row's "last, first", the age and the sex letter one blank on (lowerRowAge44; ALL CAPS was stop 38's)
  ["bed 6112 fontenot, clarisse 90 f — hip fx pod 2", [["90", "AGE"]], ["bed", "hip"]],
  ["rm 14: washington, odell 98 m - comfort care", [["98", "AGE"]], ["comfort"]],
  // a month and day between "the" and the event it names (theDayNoun44)
  ["Disputed: the 3/9 call dropped at 0200", [["3/9", "DATE"]], ["Disputed", "dropped"]],
  ["Dr. Yusuf covered the 3/6 clinic.", [["3/6", "DATE"]], ["covered", "clinic"]],
  ["per the 2/2 note, wound care daily", [["2/2", "DATE"]], ["note", "wound"]],
  // "updated" closing its phrase dates the event (EVENT_WORDS)
  ["home address updated 3/5.", [["3/5", "DATE"]], ["address"]],
  // "Cert" alone before a certificate's number (a licence's cue)
  ["car seat checked by CPST Gabriel Oyeyemi (CERT T447182) today", [["T447182", "LICENSE"]], ["checked", "today"]],
  ["translator (ATA cert. 447182)", [["447182", "LICENSE"]], ["translator"]],
  // a town in brackets after a facility just found (bracketTown44), a town the older rules did not know there
  ["Prior study 06/03/97 at Jefferson Medical Center (Ranson): FEV1 2.06 L.",
    [["06/03/97", "DATE"], ["Jefferson Medical Center", "LOCATION"], ["Ranson", "LOCATION"]], ["Prior", "FEV1"]],
];

// a town in brackets after a facility just found (bracketTown44): the lower case it adds most to, where the older rules
// read a known town alone as a given name; in mixed case and ALL CAPS they read these towns before (and "(Lincoln, NE)"
// whole, which the rule leaves to them)
const TOWNS: ReadonlyArray<TypedCase> = [
  ["records from maimonides medical center (brooklyn) · exported", [["maimonides medical center", "LOCATION"], ["brooklyn", "LOCATION"]], ["records", "exported"]],
  ["event at bryan medical center east (lincoln, ne) · event", [["bryan medical center east", "LOCATION"], ["lincoln", "LOCATION"]], ["event"]],
  ["ground to st. luke hospital (marion), then air", [["st. luke hospital", "LOCATION"], ["marion", "LOCATION"]], ["ground", "air"]],
  ["records from Maimonides Medical Center (Brooklyn) · exported", [["Maimonides Medical Center", "LOCATION"], ["Brooklyn", "LOCATION"]], ["records"]],
  ["EVENT AT BRYAN MEDICAL CENTER EAST (LINCOLN, NE) · EVENT", [["BRYAN MEDICAL CENTER EAST", "LOCATION"], ["LINCOLN, NE", "LOCATION"]], ["EVENT"]],
  // hard negatives: a unit, a campus, a unit's word after the town, a clinician
  ["seen at mercy hospital (icu) today", [["mercy hospital", "LOCATION"]], ["icu", "today"]],
  ["mercy hospital (main campus) lab", [["mercy hospital", "LOCATION"]], ["main", "campus"]],
  ["transfer to st. mary's hospital (mobile unit)", [["st. mary's hospital", "LOCATION"]], ["mobile", "unit"]],
  ["seen at mercy hospital (er) by dr. lee", [["mercy hospital", "LOCATION"]], ["(er)"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // oxygen, no date: the letter O and a digit with no year, or apart from the date
  ["O2 4/5 L NC; O2/CO2 ratio; o2 sat 92", [], ["4/5", "92"]],
  ["O4/11 reading; O2-3 L", [], ["O4/11"]],
  // temperatures and small numbers after a row's words; ages under 90; "Y" without a sex letter
  ["rm 4: fever, chills 101 f", [], ["101"]],
  ["bed 4: smith, john 45 m", [], ["45"]],
  ["walked 95 yards; SpO2 92 Y-axis", [], ["95", "92"]],
  // fractions and scores after "the", no event named; "updated" before a dose
  ["take the 1/2 tab; the 4/5 strength; the 3/10 pain; the 2/3 majority of cases", [], ["1/2", "4/5", "3/10", "2/3"]],
  ["dose updated 1/2 tab daily", [], ["1/2"]],
  // "cert" with no number, a short number
  ["BLS cert current; cert 12 pending", [], ["cert", "12"]],
];

runTypedTable("ids and places round 44b (stop 44, ix44)", ["DATE", "AGE", "LICENSE", "LOCATION"],
  [...POSITIVES.flatMap(cases3), ...TOWNS, ...NEGATIVES.flatMap(cases3)]);
