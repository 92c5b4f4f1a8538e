// Why this file exists: table tests, with hard negatives, for stop 61's clinical round from fixture 64 (fx64: pediatric
// subspecialty care and school health), in mixed case, ALL CAPS and lower case: a children's hospital named as staff name
// it, "Children's" opening the name before its state, or "of" or "Hospital" and its state or a town ("ED at Children's
// Wisconsin", "MRI at Children's Hospital Colorado"), or "Children's" after a word of its own the older rules read as a
// surname ("Nicklaus Children's day hospital"): childrens61(); and a school district named by its town or county and
// "ISD" ("District: Houston ISD", "GAINES COUNTY ISD"): schoolDistrict61(); both in assembly/names/r61_fx64.ts, called
// from laterRounds() behind the possessive's apostrophe or a span pending one blank before the token. Hard negatives: a
// brand ("Children's Tylenol"), a relative's word ("her children's school"), a hospital whose first word the facility
// rules read ("Valley Children's Hospital Madera", "UVX Children's Hospital in Chapel Hill"), a state's code that is a
// word ("phoenix children's in 2091"), a specialty after the place ("Children's Nebraska Endocrinology"), a scale's
// "Unified". Both engines; names invented.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const NAMED: ReadonlyArray<TypedCase> = [
  // ("Children's" and its state after a word of where: the state alone before; ALL CAPS keeps the state alone, a gap
  // recorded: there "CHILDREN'S" and the state are decided before laterRounds() sees the possessive)
  ...casedRowsEach("Asthma flares (ED at Children's Wisconsin 11/2 and 12/19).\n",
    [[["Children's Wisconsin", L]], [["WISCONSIN", L]], [["children's wisconsin", L]]], ["Asthma", "flares"]),
  ...casedRowsEach("Plan: brain MRI at Children's Colorado on 4/21.\n",
    [[["Children's Colorado", L]], [["COLORADO", L]], [["children's colorado", L]]], ["Plan", "brain"]),
  // ("Hospital" and the state after a person's comma: the state alone before, or nothing in lower case)
  ...casedRowsEach("Physician: Dr. Kim, Children's Hospital Colorado, 720-555-0177\n",
    [[["Children's Hospital Colorado", L]], [["CHILDREN'S HOSPITAL COLORADO", L]], [["children's hospital colorado", L]]],
    ["Physician"]),
  // (an eponym's word the name lists hold, read as a surname before in mixed case: retyped with "Children's"; ALL CAPS
  // and lower case were the older rules', with "day hospital")
  ...casedRowsEach("Stimulation test at Nicklaus Children's day hospital.\n",
    [[["Nicklaus Children's", L]], [["NICKLAUS CHILDREN'S DAY HOSPITAL", L]], [["nicklaus children's day hospital", L]]],
    ["Stimulation"]),
  // (a Texas school district: the town read as a surname before; lower case keeps the older rules' name)
  ...casedRowsEach("School: Lanier Middle School   District: Houston ISD   Student ID: 2040447182\n",
    [[["Lanier Middle School", L], ["Houston ISD", L]], [["LANIER MIDDLE SCHOOL", L], ["HOUSTON ISD", L]],
      [["lanier middle school", L]]], ["Student"]),
  // (a county's district; the town after the comma joins it, as the older rules join an organisation's town)
  ...casedRowsEach("Athletics: Gaines County ISD, Seagraves\n",
    [[["Gaines County ISD, Seagraves", L]], [["GAINES COUNTY ISD, SEAGRAVES", L]], [["gaines county isd, seagraves", L]]],
    ["Athletics"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRowsEach("Given Children's Tylenol 5 mL at 0800.\n", [[], [], []], ["Children", "Tylenol"]),
  ...casedRowsEach("Her children's school called twice.\n", [[], [], []], ["children", "school"]),
  // (the facility rules read the whole name from its first word; "Children's" opens nothing inside it)
  ...casedRowsEach("Referred to Valley Children's Hospital Madera.\n",
    [[["Valley Children's Hospital Madera", L]], [["VALLEY CHILDREN'S HOSPITAL MADERA", L]],
      [["valley children's hospital madera", L]]], ["Referred"]),
  ...casedRowsEach("Inpatient stay at UVX Children's Hospital in Chapel Hill.\n",
    [[["UVX Children's Hospital", L], ["Chapel Hill", L]], [["UVX CHILDREN'S HOSPITAL", L], ["CHAPEL HILL", L]],
      [["uvx children's hospital", L], ["chapel hill", L]]], ["Inpatient", "stay"]),
  // (a state's two-letter code is a word: "in")
  ...casedRowsEach("Seen for a murmur at phoenix children's in 2091.\n", [[], [], []], ["murmur", "children", "in"]),
  ...casedRowsEach("Unified Parkinson's Disease Rating Scale 24 today.\n", [[], [], []], ["Unified", "Scale"]),
];

runTypedTable("stop 61 (fx64): a children's hospital named by Children's and its place; a town's ISD", [L], NAMED);
runTypedTable("stop 61 (fx64): hard negatives, brands, relatives, older facilities, state codes, scales", [L], NOT);
