// Why this file exists: table tests, with hard negatives, for the stop 46 places round (loc46), read from the LOCATION
// misses of fixtures 28-33 in their three cases and grouped by forms real notes share: public lands and airports named
// after a place or a person ("Mark Twain National Forest", "Guam International Airport": facility heads in
// scripts/build-dictionaries.mjs), a street named without a house number by a direction's letter and a common street
// word or an ordinal after "on" or "off" ("on e church st", "off N 19TH ST": directionStreet46(), stCloses()), a town of
// two or three words alone in brackets, or of one word with its state's code ("OPTION CARE HEALTH (GREEN BAY)", "(hazard,
// ky)": parenTown46(), stateInParen46()), a rural box between the street and the town ("69 Brown St, Box 4471,
// Providence 02912": TAIL_UNITS46) and, in lower case, a street's direction before a unit's '#' ("11820 greenwood ave n
// #b": lowerStreetTail43()). Both engines. Names and places are made up or changed.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const FAC = "location:facility";
const CITY = "location:city";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const LANDS: ReadonlyArray<PlaceCase> = [
  // public lands and airports as facility heads after a name (all three cases; in lower case a first name before the
  // head's name stays out, as the facility walk reads lower-case names)
  ["Ranger at Mark Twain National Forest since 2090, many tick bites.",
    [["Mark Twain National Forest",FAC]], ["Ranger","tick","bites"]],
  ["RANGER AT MARK TWAIN NATIONAL FOREST SINCE 2090, MANY TICK BITES.",
    [["MARK TWAIN NATIONAL FOREST",FAC]], ["RANGER","TICK","BITES"]],
  ["ranger at mark twain national forest since 2090, many tick bites.",
    // (stop 46, og46b: the whole name, as in mixed case and ALL CAPS, careHeadName46b() at "national forest" after "at")
    [["mark twain national forest",FAC]], ["ranger","tick","bites"]],
  ["Flew home through Guam International Airport on Friday.",
    [["Guam International Airport",FAC]], ["Flew","home"]],
  ["FLEW HOME THROUGH GUAM INTERNATIONAL AIRPORT ON FRIDAY.",
    [["GUAM INTERNATIONAL AIRPORT",FAC]], ["FLEW","HOME"]],
  ["flew home through guam international airport on friday.",
    [["guam international airport",FAC]], ["flew","home"]],
  ["Base: Canyonlands Regional Airport, Moab",
    [["Canyonlands Regional Airport, Moab",FAC]], ["Base"]],
  ["BASE: CANYONLANDS REGIONAL AIRPORT, MOAB",
    [["CANYONLANDS REGIONAL AIRPORT, MOAB",FAC]], ["BASE"]],
  ["base: canyonlands regional airport, moab",
    [["canyonlands regional airport, moab",FAC]], ["base"]],
  // hard negatives: the heads alone or after English words
  ["Flew to the international airport; wants to visit a national forest and a wildlife refuge.",
    [], ["international","airport","national","forest","wildlife","refuge"]],
  ["FLEW TO THE INTERNATIONAL AIRPORT; WANTS TO VISIT A NATIONAL FOREST AND A WILDLIFE REFUGE.",
    [], ["INTERNATIONAL","AIRPORT","NATIONAL","FOREST","WILDLIFE","REFUGE"]],
  ["flew to the international airport; wants to visit a national forest and a wildlife refuge.",
    [], ["international","airport","national","forest","wildlife","refuge"]],
];

const STREETS: ReadonlyArray<PlaceCase> = [
  // directionStreet46: a direction's letter and a common street word after "on" or "off" (all three cases)
  ["Not my house on E Church St). Bernadette",
    [["E Church St",ADDR],["Bernadette","name:dictionary"]], ["house"]],
  ["NOT MY HOUSE ON E CHURCH ST). BERNADETTE",
    [["E CHURCH ST",ADDR],["BERNADETTE","name:dictionary"]], ["HOUSE"]],
  ["not my house on e church st). bernadette",
    [["e church st",ADDR],["bernadette","name:dictionary"]], ["house"]],
  ["Met at the diner on S Lake Rd (his pick).",
    [["S Lake Rd",ADDR]], ["diner","pick"]],
  ["MET AT THE DINER ON S LAKE RD (HIS PICK).",
    [["S LAKE RD",ADDR]], ["DINER","PICK"]],
  ["met at the diner on s lake rd (his pick).",
    [["s lake rd",ADDR]], ["diner","pick"]],
  // "off" before an ordinal's street in ALL CAPS and lower case (mixed case read it by its capitals)
  ["Heart center entrance off N 19th St.",
    [["N 19th St",ADDR]], ["Heart","entrance"]],
  ["HEART CENTER ENTRANCE OFF N 19TH ST.",
    [["N 19TH ST",ADDR]], ["HEART","ENTRANCE"]],
  ["heart center entrance off n 19th st.",
    [["n 19th st",ADDR]], ["heart","entrance"]],
  // stCloses(): an ordinal before "ST" names the street whatever follows
  ["Pharmacy on 41st St NW, 507-555-0198",
    [["41st St NW",ADDR],["507-555-0198","validator:nanp"]], ["Pharmacy"]],
  // (stop 57, pl57: the direction after the street's type now closes the street in ALL CAPS and lower case too,
  // streetTail57() in assembly/names/r57_pl.ts; the rows recorded "41ST ST" / "41st st" before)
  ["PHARMACY ON 41ST ST NW, 507-555-0198",
    [["41ST ST NW",ADDR],["507-555-0198","validator:nanp"]], ["PHARMACY"]],
  ["pharmacy on 41st st nw, 507-555-0198",
    [["41st st nw",ADDR],["507-555-0198","validator:nanp"]], ["pharmacy"]],
  ["Ramp at the W 12th St entrance",
    [["W 12th St",ADDR]], ["Ramp","entrance"]],
  // hard negatives: a segment's "ST", "w" for with, a saline's "n"
  ["ECG w anterior ST elevation on admission, on e lateral ST changes, off n saline",
    [], ["anterior","ST","lateral","saline"]],
  ["ECG W ANTERIOR ST ELEVATION ON ADMISSION, ON E LATERAL ST CHANGES, OFF N SALINE",
    [], ["ANTERIOR","ST","LATERAL","SALINE"]],
  ["ecg w anterior st elevation on admission, on e lateral st changes, off n saline",
    [], ["anterior","st","lateral","saline"]],
  // TAIL_UNITS46: a rural box between the street and the town (all three cases)
  ["Address 69 Brown St, Box 4471, Providence 02912.",
    [["69 Brown St, Box 4471, Providence 02912",ADDR]], ["Address"]],
  ["ADDRESS 69 BROWN ST, BOX 4471, PROVIDENCE 02912.",
    [["69 BROWN ST, BOX 4471, PROVIDENCE 02912",ADDR]], ["ADDRESS"]],
  ["address 69 brown st, box 4471, providence 02912.",
    [["69 brown st, box 4471, providence 02912",ADDR]], ["address"]],
  // lowerStreetTail43(): the direction before a unit's '#' in lower case
  ["address 11820 greenwood ave n #b, seattle 98133\npetitioner",
    [["11820 greenwood ave n",ADDR],["seattle 98133",CITY]], ["address","petitioner"]],
];

const BRACKETS: ReadonlyArray<PlaceCase> = [
  // parenTown46: a known town of two or three words alone in brackets (all three cases)
  ["Home TPN plan: Option Care Health (Green Bay) intake Marissa.",
    [["Option Care Health","location:organization"],["Green Bay",CITY],["Marissa","name:dictionary"]], ["plan","intake"]],
  ["HOME TPN PLAN: OPTION CARE HEALTH (GREEN BAY) INTAKE MARISSA.",
    [["OPTION CARE HEALTH","location:organization"],["GREEN BAY",CITY],["MARISSA","name:dictionary"]], ["PLAN","INTAKE"]],
  ["home tpn plan: option care health (green bay) intake marissa.",
    [["option care health","location:organization"],["green bay",CITY],["marissa","name:dictionary"]], ["plan","intake"]],
  ["Mother Sayuri Tokuda (Eagle River, 907-555-0161) reports",
    [["Sayuri Tokuda","name:neighbour"],["Eagle River",CITY],["907-555-0161","validator:nanp"]], ["Mother","reports"]],
  ["MOTHER SAYURI TOKUDA (EAGLE RIVER, 907-555-0161) REPORTS",
    [["SAYURI TOKUDA","name:neighbour"],["EAGLE RIVER",CITY],["907-555-0161","validator:nanp"]], ["MOTHER","REPORTS"]],
  ["mother sayuri tokuda (eagle river, 907-555-0161) reports",
    [["sayuri tokuda","name:neighbour"],["eagle river",CITY],["907-555-0161","validator:nanp"]], ["mother","reports"]],
  // stateInParen46: a known town of one word with its state's code alone in brackets (ALL CAPS and lower case; mixed
  // case read it by its capitals before, now with this reason); (stop 50b, og50b: the hospice before it is now found, as
  // fixture 32 labels it)
  ["Hospice of the Bluegrass (Hazard, KY) · 03/14/2099",
    [["Hospice of the Bluegrass","location:organization"],["Hazard, KY","location:city-state"]], []],
  ["HOSPICE OF THE BLUEGRASS (HAZARD, KY) · 03/14/2099",
    [["HOSPICE OF THE BLUEGRASS","location:organization"],["HAZARD, KY","location:city-state"]], []],
  ["hospice of the bluegrass (hazard, ky) · 03/14/2099",
    [["hospice of the bluegrass","location:organization"],["hazard","location:city"]], []],
  // hard negatives: English words in brackets that are no known town, or go on; a town of one word before a code that
  // is also a reply ("ok", "hi", "oh")
  ["after the storm (hurricane, ok) and (pain, ok)",
    [], ["hurricane","ok","pain"]],
  ["AFTER THE STORM (HURRICANE, OK) AND (PAIN, OK)",
    [], ["HURRICANE","OK","PAIN"]],
  ["Pain (long term) and (high point of pain) after the storm (new onset).",
    [], ["long","term","high","point","new","onset"]],
  ["PAIN (LONG TERM) AND (HIGH POINT OF PAIN) AFTER THE STORM (NEW ONSET).",
    [], ["LONG","TERM","HIGH","POINT","NEW","ONSET"]],
  ["pain (long term) and (high point of pain) after the storm (new onset).",
    [], ["long","term","high","point","new","onset"]],
];

runPlaceTable("stop 46 places: public lands and airports", LANDS);
runPlaceTable("stop 46 places: streets without a house number, a rural box, a direction before '#'", STREETS);
runPlaceTable("stop 46 places: a town alone in brackets", BRACKETS);
