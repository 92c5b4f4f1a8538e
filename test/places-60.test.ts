// Why this file exists: table tests, with hard negatives, for stop 60's places round (pl60): a numbered road whose
// prefix is a state's code ("off KY 88") or the Navajo highways' letter and hyphen ("at N-35 junction"), a road code after "down"
// ("down FM 2210"), a landmark whose head opens its name after a word of where ("on Lake Tremsovia", "to Mount
// Kessarick", "at Camp Drevisko") (assembly/names/r60_pl60.ts), and an Idaho ZIP after a town's word without the comma
// the older rule wanted, or in lower case ("Quellbrook ID 83704": assembly/scanners/pl60.ts). Each row in mixed case,
// ALL CAPS and lower case, both engines. The roads' numbers, landmarks, towns and people are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";
const Z = "ZIP";

const ROADS: TypedCase[] = [
  // (a state's code and its route's number after a word of where)
  ...casedRows("She lives off KY 88 near the old mill.\n", [["KY 88", L]], ["mill"]),
  // (after a clause's comma, the phrase's end after the number)
  ...casedRows("Visit at her cousin's house, KY 1139.\n", [["KY 1139", L]], ["cousin"]),
  // (a highway's letter and hyphen, a word of where after the number)
  ...casedRows("Ambulance delayed at N-35 junction for an hour.\n", [["N-35", L]], ["junction", "hour"]),
  // (the phrase ends after the number: a bracket)
  ...casedRows("Chapter house off N-47 (mail at the post office).\n", [["N-47", L]], ["mail"]),
  // (a road code after "down")
  ...casedRows("The ranch is 22 mi down FM 2210 past the river.\n", [["FM 2210", L]], ["ranch", "river"]),
];

const LANDMARKS: TypedCase[] = [
  // (a lake's head before its name: mixed case reads it here, ALL CAPS and lower case with stop 32's rule)
  ...casedRows("Wants to see the ice go out on Lake Tremsovia one more time.\n", [["Lake Tremsovia", L]], ["ice", "time"]),
  ...casedRows("Cremation, ashes to Mount Kessarick.\n", [["Mount Kessarick", L]], ["Cremation", "ashes"]),
  ...casedRows("Outreach visit at Camp Drevisko today.\n", [["Camp Drevisko", L]], ["Outreach", "today"]),
];

const ZIPS: TypedCase[] = [
  // (an Idaho ZIP after the town's word, no comma: the state's code is no id's cue; in lower case the address's tail
  // takes the code and the ZIP with the street)
  ...casedRowsEach("Mail: 1420 N Ferrow St, Quellbrook ID 83704\n", [[["83704", Z]], [["83704", Z]], []], ["Mail"]),
  ...casedRows("Clinic: Quellbrook, ID 83704 · phone on file\n", [["83704", Z]], ["Clinic", "phone"]),
];

// the older reading stays: lab values, rhythms, doses, oxygen, isotopes, echoes, a respirator, a school's grades, a
// record's id, ordinary words of the heads
const NEGATIVES: TypedCase[] = [
  ...casedRows("K 4.0, HR 40, PO 40 mg daily.\n", [], ["4.0", "40"]),
  ...casedRows("Stayed on NC 2 L overnight.\n", [], ["NC"]),
  ...casedRows("Treated with I-131 last year.\n", [], ["I-131"]),
  ...casedRows("US 2D echo was normal.\n", [], ["US", "echo"]),
  ...casedRows("Fit-tested on N-95 mask today.\n", [], ["N-95", "mask"]),
  ...casedRows("Works on K-12 school nights.\n", [], ["K-12", "school"]),
  ...casedRows("Seen on M-1 emergency hold.\n", [], ["M-1"]),
  ...casedRows("Stop 46's code glued on: on NY-28B\n", [], ["NY-28B"]),
  ...casedRows("VA 20/40 in the left eye.\n", [], ["20/40"]),
  ...casedRows("A Lake of fluid behind the knee.\n", [], ["Lake", "fluid"]),
  ...casedRows("Plan to mount the device on the pole.\n", [], ["mount", "device"]),
  ...casedRows("Held the fort at camp this week.\n", [], ["fort", "camp"]),
  ...casedRows("Patient ID 83702 on file.\n", [], []),
];

runTypedTable("stop 60, pl60: numbered roads by a state's code or a highway's letter", [L, N], ROADS);
runTypedTable("stop 60, pl60: a landmark's head before its name after a word of where", [L, N], LANDMARKS);
runTypedTable("stop 60, pl60: an Idaho ZIP after its town without the comma", [Z], ZIPS);
runTypedTable("stop 60, pl60: hard negatives (the older reading stays)", [L, N, Z], NEGATIVES);
