// Why this file exists: table tests, with hard negatives, for clinical round 51 (stop 53, fy53), read from the blind
// fixture 48's misses (hospital medicine and critical care): a town the name lists also hold ("Richmond", "Charleston",
// "Billings", "Montgomery"), between a facility's comma or spaced dash and its state's two-letter code that closes the
// field, is the facility's town, not a person ("VCU MEDICAL CENTER, RICHMOND VA", "ST. VINCENT REGIONAL HOSPITAL -
// BILLINGS MT": facilityTownState53 in assembly/names/r53_fy53.ts, called in detect.ts's decide() where a town and a
// name compete). Mixed case, ALL CAPS and lower case; both engines. Names, places and numbers are made up.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const TOWNS: readonly TypedCase[] = [
  // the town joins the facility's span, as the older rules join it ("MERCY HOSPITAL, OXFORD MS"); the code stays out of
  // it in ALL CAPS and lower case (in mixed case the older rules took "Richmond VA" before the round)
  ...casedRowsEach("Referred from VCU Medical Center, Richmond VA\nReason: AKI", [
    [["VCU Medical Center, Richmond VA", L]],
    [["VCU MEDICAL CENTER, RICHMOND", L]],
    [["vcu medical center, richmond", L]],
  ], ["Reason"]),
  // a spaced dash before the town
  ...casedRowsEach("Code blue - St. Vincent Regional Hospital - Billings MT\nDate 3/22", [
    [["St. Vincent Regional Hospital - Billings MT", L]],
    [["ST. VINCENT REGIONAL HOSPITAL - BILLINGS", L]],
    [["st. vincent regional hospital - billings", L]],
  ], ["Code blue"]),
  // a spaced dash after the code
  ...casedRowsEach("Discharge note — Jackson Hospital, Montgomery AL — 3 North", [
    [["Jackson Hospital, Montgomery", L]],
    [["JACKSON HOSPITAL, MONTGOMERY", L]],
    [["jackson hospital, montgomery", L]],
  ], ["3 North"]),
  // a sentence's period after the code
  ...casedRowsEach("Transfer from David Lee Cancer Center, Charleston WV.", [
    [["David Lee Cancer Center, Charleston WV", L]],
    [["DAVID LEE CANCER CENTER, CHARLESTON", L]],
    [["david lee cancer center, charleston", L]],
  ], []),
  // hard negatives, as before the round: a credential after the word ("MD"), a code that is an English word ("IN")
  ...casedRowsEach("Seen at Mercy Clinic, Jackson MD\nNext visit", [
    [["Mercy Clinic", L], ["Jackson", N]],
    [["MERCY CLINIC", L], ["JACKSON", N]],
    [["mercy clinic", L], ["jackson", N]],
  ], ["Next visit"]),
  ...casedRowsEach("Seen at Mercy Hospital, Shelby IN ED today", [
    [["Mercy Hospital", L], ["Shelby", N]],
    [["MERCY HOSPITAL", L], ["SHELBY", N]],
    [["mercy hospital", L], ["shelby", N]],
  ], ["ED today"]),
];

runTypedTable("clinical round 51 (fy53): a facility's town named like a person, before its state's code", [N, L], TOWNS);
