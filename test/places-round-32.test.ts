// Why this file exists: table tests, with hard negatives, for the stop 32 places and ages round (loc32): a state code that
// is also a credential before its ZIP ("pottsville, pa 17901"), State and US numbered roads ("State Route 9", "US Route
// 1"), a lake by its name, a compass quarter of a town ("in south side"), a street after a dotted direction ("on s.
// governors ave"), a place after "returning from", and ages over 89 with a sex letter in either case or alone in brackets
// after a relative; in mixed case, ALL CAPS and lower case, on both engines. Names and places are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const CITY = "location:city";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const STATE_ZIP: ReadonlyArray<PlaceCase> = [
  // a state code that is also a credential ("pa", "md") before its five-digit ZIP is a state
  ["lives at 212 tanner road\nfairhaven mills, pa 17342", [["212 tanner road", ADDR], ["fairhaven mills, pa 17342", ADDR]], ["lives"]],
  ["address: 14 elm st, pottsville, pa 17901", [["14 elm st, pottsville, pa 17901", ADDR]], ["address"]],
  ["address: 14 elm st, towson, md 21204", [["14 elm st, towson, md 21204", ADDR]], ["address"]],
  ["lives at 212 tanner road\nbaltimore, md 21201", [["212 tanner road", ADDR], ["baltimore, md 21201", ADDR]], ["lives"]],
  // without a ZIP the code stays out; after a name it is the credential
  ["address: 14 elm st, pottsville, pa", [["14 elm st, pottsville", ADDR]], ["address", "pa"]],
  ["seen by jo hill, pa\nnext visit", [["jo hill", "name:neighbour"]], ["seen", "pa", "next"]],
];

const ROADS: ReadonlyArray<PlaceCase> = [
  ["took State Route 9 home", [["State Route 9", ADDR]], ["took", "home"]],
  ["LIVES OFF STATE ROUTE 9", [["STATE ROUTE 9", ADDR]], ["LIVES"]],
  ["lives off state route 9", [["state route 9", ADDR]], ["lives"]],
  ["crash on State Hwy 9", [["State Hwy 9", ADDR]], ["crash"]],
  ["crash on US Route 1", [["US Route 1", ADDR]], ["crash"]],
  ["CRASH ON US HWY 1 NEAR EXIT", [["US HWY 1", ADDR]], ["CRASH", "NEAR", "EXIT"]],
  ["crash on us route 1", [["us route 1", ADDR]], ["crash"]],
  // no word of where before "us" in lower case; "US" before a number is an ultrasound
  ["gave us route 2 of the protocol", [], ["us", "route", "protocol"]],
  ["US 12 weeks: normal", [], ["US", "weeks"]],
];

const LAKES_QUARTERS: ReadonlyArray<PlaceCase> = [
  ["SWAM IN LAKE BOSOMTWE IN APRIL.", [["LAKE BOSOMTWE", CITY]], ["SWAM", "APRIL"]],
  ["swam in lake bosomtwe in april.", [["lake bosomtwe", CITY]], ["swam", "april"]],
  ["a lake of fluid in the pelvis", [], ["lake", "fluid", "pelvis"]],
  ["SWAM IN LAKE WATER", [], ["SWAM", "LAKE", "WATER"]],
  ["lives in a rowhouse on e. 4th street in south side. wife has", [["e. 4th street", ADDR], ["south side", CITY]], ["rowhouse", "wife"]],
  ["Lives in a rowhouse on E. 4th Street in South Side. Wife has", [["E. 4th Street", ADDR], ["South Side", CITY]], ["rowhouse", "Wife"]],
  ["GREW UP IN NORTH END, MOVED", [["NORTH END", CITY]], ["GREW", "MOVED"]],
  // an article, no compass word, or the phrase goes on
  ["grew up in the south.", [], ["south"]],
  ["pain in the left side", [], ["left", "side"]],
  ["in south end of the incision", [], ["south", "end", "incision"]],
];

const STREETS_TRAVEL: ReadonlyArray<PlaceCase> = [
  ["can drop off at labcorp on s. governors ave. husband asked",
    [["labcorp", "location:organization"], ["s. governors ave", ADDR]], ["drop", "husband"]],
  ["CAN DROP OFF AT LABCORP ON S. GOVERNORS AVE. HUSBAND",
    [["LABCORP", "location:organization"], ["S. GOVERNORS AVE", ADDR]], ["DROP", "HUSBAND"]],
  ["He works on N. Maple St. now.", [["N. Maple St", ADDR]], ["works", "now"]],
  // a bacterium after its genus's initial is no street
  ["cover for s. aureus with vanc", [], ["aureus", "vanc"]],
  ["MRSA on S. aureus screen", [], ["aureus", "screen"]],
  ["diarrhea x4 days since returning from cancun on 5/29. no blood", [["cancun", CITY]], ["diarrhea", "blood"]],
  ["He was returning from Tulum on Monday.", [["Tulum", CITY]], ["returning", "Monday"]],
  ["returning from home today", [], ["home", "today"]],
  ["back from PT today", [], ["PT", "today"]],
  ["back from lunch, feels well", [], ["lunch", "well"]],
];

const LOWER_TOWNS: ReadonlyArray<PlaceCase> = [
  // a town of lower-case words after the street's or a unit's comma
  ["lives at 9 wharf street, carrow junction\nnext visit", [["9 wharf street, carrow junction", ADDR]], ["lives", "next"]],
  ["lives at 1142 old turnpike rd, harmony falls (doublewide)", [["1142 old turnpike rd, harmony falls", ADDR]], ["lives", "doublewide"]],
  ["address: 9 ferris wheel lane, suite 2, saltmarsh harbor\ndate: 7/7", [["9 ferris wheel lane, suite 2, saltmarsh harbor", ADDR]], ["address", "date"]],
  // a determiner, a function word or an ordinary clause after the comma
  ["lives at 12 oak st, near the valley", [["12 oak st", ADDR]], ["near", "valley"]],
  ["lives at 22 elm st, has two dogs", [["22 elm st", ADDR]], ["has", "dogs"]],
];

runPlaceTable("a state code that is also a credential before its ZIP (stop 32)", STATE_ZIP);
runPlaceTable("a lower-case town after the street's or the unit's comma (stop 32)", LOWER_TOWNS);
runPlaceTable("State and US numbered roads (stop 32)", ROADS);
runPlaceTable("lakes and a town's compass quarter (stop 32)", LAKES_QUARTERS);
runPlaceTable("a street after a dotted direction, a place after returning from (stop 32)", STREETS_TRAVEL);

// [text, expected [finding text, type] of AGE, words that must not be redacted]
const AGES: ReadonlyArray<TypedCase> = [
  ["Husband Homer (99) resides at Sunrise.", [["99", "AGE"]], []],
  ["HUSBAND HOMER (99) RESIDES AT SUNRISE.", [["99", "AGE"]], []],
  ["her mother (94) lives with her", [["94", "AGE"]], []],
  ["PT: D'AMBROSIO, FILOMENA   98 F   MRN YNH-44", [["98", "AGE"]], []],
  ["pt: d'ambrosio, filomena   98 f   mrn ynh-44", [["98", "AGE"]], []],
  ["maeve b  dob 08/15/1930  94f  mrn we-11827", [["94", "AGE"]], []],
  ["patient: evangelos papadimitriou, 91 m      mrn sm-1", [["91", "AGE"]], []],
  ["wilhelmina pruitt (\"miss billie\"), 96, dx: end-stage chf", [["96", "AGE"]], []],
  ["rm 530 de la cruz, rosa maría ninety-onef - comfort care", [["ninety-onef", "AGE"]], []],
  // vital signs and temperatures
  ["HR (99) regular, sats (95) on RA", [], ["99", "95"]],
  ["fever, 101 f overnight", [], ["101"]],
  ["T   99 F   HR 88", [], ["99"]],
  ["hr 88   99 f", [], ["99"]],
  ["Tmax   101 F", [], ["101"]],
  // metres after "a" or a column's word, no column after the letter
  ["ambulated a 100 m with walker", [], ["100"]],
  ["6MWT distance   100 m, stopped", [], ["100"]],
];

runTypedTable("ages over 89: a sex letter in either case, an age in brackets after a relative (stop 32)", ["AGE"], AGES);
