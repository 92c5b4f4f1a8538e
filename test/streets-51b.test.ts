// Why this file exists: table tests, with hard negatives, for stop 51b's street rule (lo51b): in lower-case text a
// numbered street whose abbreviated type is followed by more of its line (a period and the next sentence, '#' and a
// unit, an opening bracket, a direction and a unit, a unit's letter): lowerStreet51b() and lowerStreetEnd51b() in
// assembly/names/r51_lo51b.ts. Each row in mixed case, ALL CAPS and lower case (the older rules read the first two by
// their capitals; in lower case a unit's letter stays out of the span, as the older unit extension leaves a lower-case
// word). Both engines. Streets and people are made up or changed.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const STREETS: TypedCase[] = [
  ...casedRowsEach("Found down outside the bar on 1180 Canal St. Narcan 4 mg in.",
    [[["1180 Canal St", L]], [["1180 CANAL ST", L]], [["1180 canal st", L]]], ["Narcan", "bar"]),
  ...casedRowsEach("Medic 3 from 118 Bedford St. Wife at side.",
    [[["118 Bedford St", L]], [["118 BEDFORD ST", L]], [["118 bedford st", L]]], ["Wife"]),
  ...casedRowsEach("Shelter at the church, 1800 Union Ave. Your visit is due.",
    [[["1800 Union Ave", L]], [["1800 UNION AVE", L]], [["1800 union ave", L]]], ["Your", "visit"]),
  ...casedRowsEach("Story time at 303 Genesee St. Family phone on file.",
    [[["303 Genesee St", L]], [["303 GENESEE ST", L]], [["303 genesee st", L]]], ["Family", "phone"]),
  ...casedRowsEach("Drawn at the site on 1415 E Kincaid St. Refer if worse.",
    [[["1415 E Kincaid St", L]], [["1415 E KINCAID ST", L]], [["1415 e kincaid st", L]]], ["Refer", "worse"]),
  ...casedRowsEach("Fall at her apartment, 31 Pleasant St. #4 at night.",
    [[["31 Pleasant St. #4", L]], [["31 PLEASANT ST. #4", L]], [["31 pleasant st. #4", L]]], ["night"]),
  ...casedRowsEach("Household: 4471 Garfield Ave (rural), well water.",
    [[["4471 Garfield Ave", L]], [["4471 GARFIELD AVE", L]], [["4471 garfield ave", L]]], ["rural", "well"]),
  ...casedRowsEach("Mrn 4471, 2840 Buford Hwy NE Apt 12, near the school.",
    [[["2840 Buford Hwy NE Apt 12", L]], [["2840 BUFORD HWY NE APT 12", L]], [["2840 buford hwy ne apt 12", L]]], ["school"]),
  ...casedRowsEach("She lives 1433 Pass Rd Apt C so he visits daily.",
    [[["1433 Pass Rd Apt C", L]], [["1433 PASS RD APT C", L]], [["1433 pass rd", L]]], ["visits", "daily"]),
  // (a doctor's "dr" is a street's type before a direction, a unit and its number)
  ...casedRowsEach("Visit at 2150 Memorial Dr SE Apt 4, then home.",
    [[["2150 Memorial Dr SE Apt 4", L]], [["2150 MEMORIAL DR SE APT 4", L]], [["2150 memorial dr se apt 4", L]]], ["home"]),
];

// lower case only: the rule is the lower-case text's; numbers, units, doctors and ECG segments are no street
const lo = (text: string, never: readonly string[]): TypedCase => [text, [], never];
const NEGATIVES: TypedCase[] = [
  lo("seen 2 days ago by dr. lee at the clinic.", ["days", "ago", "clinic"]),
  lo("follow up in 3 months with dr. okafor.", ["months"]),
  lo("lasix 40 iv given per dr. stone.", ["lasix", "given"]),
  lo("ecg: 12 lead st. elevation in v2.", ["lead", "st", "elevation"]),
  lo("ecg: 2 mm st. depression in v5.", ["mm", "st", "depression"]),
  lo("takes it 2 times a day.", ["times", "day"]),
  lo("5 mg po daily, then taper.", ["mg", "po"]),
  lo("moved to 10 west. nurse aware.", ["west", "nurse"]),
  lo("transferred to 12 east st. nurse aware.", ["east", "nurse"]),
  lo("transferred to the state hospital.", ["state", "hospital"]),
  lo("room on the 3rd floor. rd. pending.", ["3rd", "floor"]),
  lo("increase to 20 units rd. recheck.", ["units", "recheck"]),
  lo("took it on 3 occasions st. john's wort too.", ["occasions", "wort"]),
  lo("a 2 prior head ct. negative.", ["prior", "head", "negative"]),
];

runTypedTable("streets 51b: a numbered street going on after its abbreviated type (three cases)", [L], STREETS);
runTypedTable("streets 51b: hard negatives in lower case", [L], NEGATIVES);
