// Why this file exists: table tests, with hard negatives, for stop 57's organisation round (og57), both engines:
// - an employer named by its words and a work head after a work's frame, in ALL CAPS and lower case (workHead57() in
//   assembly/names/r57_og.ts): "X Power", "X Glass", "X Express", "X Transportation", "X Creamery", "X Freight Line(s)",
//   "X Air Lines", "X Corporation"/"Inc", and stop 40's trade heads after a worker's "with" ("roofer with X Roofing");
// - a house of worship named by a head English has no other use for (worship57()): "Masjid X", "Gurdwara X",
//   "Congregation X" after a frame, "X Mosque", "X Mandir", "X Synagogue", "X Temple" after a frame.
// Hard negatives: the heads in ordinary clinical prose ("power of attorney", "a glass of water", "church attendance",
// "farm work", "the assembly line", "right temple tenderness", "the local mosque"). Names invented.
import { caselessRows, casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const WORK: ReadonlyArray<TypedCase> = [
  // a utility after "job at", the clause going on after it
  ...caselessRows("He lost his job at Brindlecove Power in December.\n", [["Brindlecove Power", L]], ["lost"]),
  // a work verb's "at" a few words back, two English words and the head
  ...caselessRows("Now back to work at Rocky Ledge Power part-time.\n", [["Rocky Ledge Power", L]], ["back", "part-time"]),
  // a carrier's "freight line" after an occupation's "for"
  ...caselessRows("Long-haul truck driver for Old Quarvel Freight Line, BMI 41.\n", [["Old Quarvel Freight Line", L]], ["truck", "BMI"]),
  // a carrier's "lines" after "employer:"
  ...caselessRows("Employer: Tessaly Freight Lines (dispatcher Ann).\n", [["Tessaly Freight Lines", L]], ["dispatcher"]),
  // a glazier after "works at"
  ...caselessRows("Works at Mordane Glass in Fargo.\n", [["Mordane Glass", L], ["Fargo", L]], ["Works"]),
  // a creamery after a driver's "drove for"
  ...caselessRows("Drove for Valdrick Creamery until 2090.\n", [["Valdrick Creamery", L]], ["Drove"]),
  // a legal ending closes the name by itself after a work's frame (in ALL CAPS an older capitals rule runs an employer on
  // over "NOW": "QUILLON CORPORATION NOW", left to it)
  ...caselessRows("I am at work at Quillon Corporation.\n", [["Quillon Corporation", L]], ["work"]),
];

const WORK_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Signed durable power of attorney today.\n", [], ["power", "attorney"]),
  ...casedRows("Drinks a glass of water with meals.\n", [], ["glass", "water"]),
  ...casedRows("Laceration to hand with broken window glass.\n", [], ["window glass", "broken"]),
  ...casedRows("Works on the assembly line at night.\n", [], ["assembly line"]),
  ...casedRows("Works for the cable company downtown.\n", [], ["cable company"]),
  ...casedRows("Back to farm work next week.\n", [], ["farm work"]),
  ...casedRows("Works at full power again.\n", [], ["full power"]),
  ...casedRows("Central line removed; PICC line in place.\n", [], ["Central line", "PICC line"]),
  ...casedRows("Church attendance weekly, enjoys farm work.\n", [], ["Church", "farm"]),
];

const WORSHIP: ReadonlyArray<TypedCase> = [
  // heads before the name: no English use, no frame needed
  ...casedRows("Praying all night at Masjid Al-Tavrin, per wife.\n", [["Masjid Al-Tavrin", L]], ["Praying", "wife"]),
  ...casedRows("Family held a service at the Gurdwara Sahib Velmora.\n", [["Gurdwara Sahib Velmora", L]], ["service"]),
  // "congregation" after a frame, a word no list has after it
  ...caselessRows("Asked for the rabbi of Congregation Orvath Keshet.\n", [["Congregation Orvath Keshet", L]], ["rabbi"]),
  // heads after the name
  ...caselessRows("Congregate: Dar Al-Quvrah Mosque, sputum sent.\n", [["Dar Al-Quvrah Mosque", L]], ["sputum"]),
  ...caselessRows("Temple: Shree Vanthali Mandir, visits weekly.\n", [["Shree Vanthali Mandir", L]], ["visits"]),
  ...caselessRows("Pt goes to Sri Korvesha Temple on Sundays.\n", [["Sri Korvesha Temple", L]], ["goes", "Sundays"]),
];

const WORSHIP_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Tenderness over the right temple, no jaw claudication.\n", [], ["right temple", "claudication"]),
  ...casedRows("Struck his left temple on the door.\n", [], ["left temple"]),
  ...casedRows("Goes to the local mosque on Fridays.\n", [], ["local mosque"]),
  ...casedRows("The congregation prayed for her recovery.\n", [], ["congregation"]),
  // (in ALL CAPS an older rule reads "CONGREGATION" alone as an organisation, in main already: mixed and lower case only)
  ...casedRows("Members of the congregation visited today.\n", [], ["congregation"]).filter((_, i) => i !== 1),
  ...casedRows("Church attendance is important to him.\n", [], ["Church attendance"]),
];

runTypedTable("stop 57 (og57): an employer named by its words and a work head after a work's frame", [L], WORK);
runTypedTable("stop 57 (og57): work heads in clinical prose stay words", [L], WORK_NOT);
runTypedTable("stop 57 (og57): a house of worship named by its head", [L], WORSHIP);
runTypedTable("stop 57 (og57): worship heads in clinical prose stay words", [L], WORSHIP_NOT);
