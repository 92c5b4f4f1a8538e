// Why this file exists: table tests, with hard negatives, for stop 61's places round (pl61, assembly/names/r61_pl61.ts):
// a state road by a one-letter prefix and its number after a word of where ("at K-96 junction", "off M-115,"), a public
// land's designation after a feature's head ("near Tovaro Falls State Park"), a lake named head last in ALL CAPS and lower
// case ("INTERNED AT VELSOR LAKE"), a town in brackets after a relative's word ("Ivo Brannick (mother, Tulsa)"), a
// lower-case street with nothing after its abbreviated type ("moved from 22 quarry st"), and a capitalised core word
// after "Camp" or "Fort" in mixed case ("at Camp Hope"). Each row in mixed case, ALL CAPS and lower case where the rule
// reads all three, both engines. The roads' numbers, parks, lakes, streets and people are made up; the towns are the
// gazetteer's.
import { casedRows, casedRowsEach, caselessRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const ROADS: TypedCase[] = [
  // (Michigan's and Kansas's letter and hyphen, read at the number: a word of where after it, or the phrase's end)
  ...casedRows("Ambulance delayed at K-96 junction for an hour.\n", [["K-96", L]], ["junction", "hour"]),
  ...casedRows("Rollover on M-115, no injuries.\n", [["M-115", L]], ["injuries"]),
  ...casedRows("She lives off M-28 near the lake.\n", [["M-28", L]], ["lake"]),
];

const PARKS: TypedCase[] = [
  // (a public land's designation after a feature's head)
  ...casedRows("Mushrooms picked near Tovaro Falls State Park; shared with family.\n", [["Tovaro Falls State Park", L]], ["Mushrooms", "family"]),
  ...casedRows("Camping at Pellick Creek State Forest last week.\n", [["Pellick Creek State Forest", L]], ["Camping", "week"]),
  // (a lake named head last in ALL CAPS and lower case; mixed case reads the capitals with the older rules)
  ...caselessRows("He was interned at Velsor Lake as a child.\n", [["Velsor Lake", L]], ["child"]),
  ...caselessRows("Family cabin on Dorrow Lake, two miles out.\n", [["Dorrow Lake", L]], ["cabin", "miles"]),
  // (a capitalised core word after "Camp" or "Fort" in mixed case)
  ...casedRowsEach("Outreach at Camp Hope encampment today.\n", [[["Camp Hope", L]], [], []], ["Outreach", "encampment"]),
  ["Brother stationed near Fort Liberty since spring.\n", [["Fort Liberty", L]], ["Brother", "spring"]],
];

const KIN: TypedCase[] = [
  // (a town in brackets after a relative's word and a comma or a dash, a person's name before the bracket)
  ...casedRows("Contact: Ivo Brannick (mother, Tulsa) by phone.\n", [["Ivo Brannick", N], ["Tulsa", L]], ["mother", "phone"]),
  ...casedRows("Called Rena Vossler (sister - Fresno) today.\n", [["Rena Vossler", N], ["Fresno", L]], ["sister", "today"]),
];

const STREETS: TypedCase[] = [
  // (in lower case, a house number, one to three words and an abbreviated type closing the phrase)
  ["moved from 22 quarry st\n", [["22 quarry st", L]], ["moved"]],
  ["lives in a trailer behind 1109 yazoo st.\n", [["1109 yazoo st", L]], ["trailer"]],
  ["mail goes to 4471 garfield ave\n", [["4471 garfield ave", L]], ["mail"]],
];

// the older reading stays: scales, receptors, vitamins, a school's grades, scans, leads, ordinary words of the heads, a
// relative's name in the brackets
const NEGATIVES: TypedCase[] = [
  ...casedRows("Scored 24 on K-10.\n", [], ["K-10"]),
  ...casedRows("K-10 score was 30 today.\n", [], ["K-10", "score"]),
  ...casedRows("M-2 receptor blockade noted.\n", [], ["M-2", "receptor"]),
  ...casedRows("Given vitamin K-2 daily.\n", [], ["K-2"]),
  ...casedRows("Works on K-12 school nights.\n", [], ["K-12", "school"]),
  ...casedRows("Likes to camp out at the lake.\n", [], ["camp", "lake"]),
  ...casedRows("Held the fort at camp this week.\n", [], ["fort", "camp"]),
  ...casedRows("Swam in small lake near home.\n", [], ["small", "lake"]),
  ...casedRows("Went to the state park with family.\n", [], ["state", "park"]),
  ["compared to 2 prior head ct.\n", [], ["prior", "head"]],
  ["increase to 20 units rd\n", [], ["units"]],
  ...casedRows("Visited by (mother, Mary Ann) at bedside.\n", [["Mary Ann", N]], ["mother", "bedside"]),
];

runTypedTable("stop 61, pl61: a state road by its letter and number", [L, N], ROADS);
runTypedTable("stop 61, pl61: parks, lakes and camps", [L, N], PARKS);
runTypedTable("stop 61, pl61: a town in brackets after a relative's word", [L, N], KIN);
runTypedTable("stop 61, pl61: a lower-case street with nothing after its type", [L, N], STREETS);
runTypedTable("stop 61, pl61: hard negatives (the older reading stays)", [L, N], NEGATIVES);
