// Why this file exists: table tests, with hard negatives, for stop 30's rules on main, written from the general forms
// of US notes (not from a fixture's strings): streets named without a house number in any frame of where
// (framedStreet30), numbered roads in lower case (lowerRoute30), a census line's patient after the bed or room
// (bedName30), a month/day that reads like a fraction after the test or event it dates (date.ts eventDated), a blood
// component's donation number (ids.ts scanBloodUnit), a check letter closing a dashed code, and a civil action's number.
// Each positive was a leak or half a leak before. Both engines; every name, street and number is made up.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const NB = "name:neighbour";

const STREETS: ReadonlyArray<PlaceCase> = [
  // mixed case: after any lower-case word, a comma or a bracket (decide() took only "on", "off" and "along")
  ["EMS picked him up near Blue Hill Avenue.", [["Blue Hill Avenue", ADDR]], ["EMS", "picked"]],
  ["Works at a deli down Tremont Street.", [["Tremont Street", ADDR]], ["deli"]],
  ["Moved from Harvard Avenue to Beacon Street last year.", [["Harvard Avenue", ADDR], ["Beacon Street", ADDR]], ["Moved", "last"]],
  ["found behind the bar, Main St. by EMS.", [["Main St", ADDR]], ["bar", "EMS"]],
  ["Pt was hit by a car at Mickle Blvd and 5th St.", [["Mickle Blvd", ADDR], ["5th St", ADDR]], ["car"]],
  ["Sleeps under the Mass Ave connector.", [["Mass Ave", ADDR]], ["Sleeps", "connector"]],
  // ALL CAPS: the abbreviations after a word of where or a comma; "ST" after a common street word or a name
  ["PT FOUND AT MICKLE BLVD, CAMDEN.", [["MICKLE BLVD, CAMDEN", ADDR]], ["FOUND"]],
  ["FOUND BEHIND THE BAR, MAIN ST. BY EMS.", [["MAIN ST", ADDR]], ["BAR", "EMS"]],
  // lower case: a numbered road after a word of where
  ["pharmacy (cvs on route 27) called re refill", [["route 27", ADDR]], ["pharmacy", "refill"]],
  ["cook at a diner on route 20, westfield", [["route 20, westfield", ADDR]], ["diner"]],
  ["lives off route 9", [["route 9", ADDR]], ["lives"]],
];

const STREET_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a sentence's first words, an ECG's segment, the route of a drug, a court
  ["Main Street was closed, so she was late.", [], ["Main", "Street"]],
  ["EKG: SINUS TACH, INFERIOR ST. NO Q WAVES.", [], ["INFERIOR", "ST"]],
  ["NSR, LATERAL ST CHANGES", [], ["LATERAL", "ST"]],
  ["changed the route to iv; route 2 of the protocol", [], ["route", "2"]],
  ["the bus route 9 schedule", [], ["route", "9"]],
  ["Seen at St. Mary's.", [["St. Mary's", "location:facility"]], ["Seen"]],
];

const CENSUS: ReadonlyArray<PlaceCase> = [
  // the patient after "Bed"/"Room"/"Rm" and the number, a colon, a dash or a blank between
  ["Bed 3: Oyelowo, CHF", [["Oyelowo", NB]], ["CHF"]],
  ["Census:\nBed 3: Oyelowo-Banks, CHF", [["Oyelowo-Banks", NB]], ["Census", "CHF"]],
  ["Bed 2 Hernandez-Ruiz: sepsis", [["Hernandez-Ruiz", NB]], ["sepsis"]],
  ["rm 402 oyelowo-banks - chf, iv lasix", [["oyelowo-banks", NB]], ["chf", "lasix"]],
  ["ROOM 12 - KOWALCZYK, 81M", [["KOWALCZYK", NB]], ["ROOM"]],
  // ... with the given name after the surname's comma
  ["census:\n2) rm 514 tanaka-ellis, george 94m - dnr/dni, hip fx, ortho following. wife at bedside.",
    [["tanaka-ellis, george", NB]], ["census", "dnr", "wife"]],
  // an empty bed, a precaution, a unit's wing
  ["Bed 3: Empty", [], ["Empty"]],
  ["BED 4: CLEAN", [], ["CLEAN"]],
  ["rm 12: isolation", [], ["isolation"]],
  ["Room 4: Contact precautions", [], ["Contact", "precautions"]],
  ["MRN 44 · Room 3-West 310", [], ["West"]],
];

/** [text, expected [finding text, type] of DATE and ID findings, words that must not be inside any finding] */
type TypedCase = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

function runTyped(title: string, types: ReadonlyArray<string>, cases: ReadonlyArray<TypedCase>): void {
  describe(title, () => {
    for (const engine of ["wasm", "js"] as const) {
      const r = createRedactorSync({ engine });
      for (const [text, expected, never] of cases) {
        it(`${engine}: ${JSON.stringify(text)}`, () => {
          const found = r.find(text);
          expect(found.filter((f) => types.includes(f.type)).map((f) => [f.text, f.type])).toEqual(expected);
          for (const w of never) {
            const i = text.indexOf(w);
            expect(i, w).toBeGreaterThanOrEqual(0);
            expect(found.some((f) => f.start <= i && i < f.end), `"${w}" must not be redacted`).toBe(false);
          }
        });
      }
    }
  });
}

const EVENT_DATES: ReadonlyArray<TypedCase> = [
  // a test or event, then the month/day closing its phrase, a colon or a clause's word
  ["Skeletal survey 4/6: spiral fracture.", [["4/6", "DATE"]], ["fracture"]],
  ["ct urogram 2/2 at the outside hospital", [["2/2", "DATE"]], ["urogram"]],
  ["erythema receding from marked line (drawn 2/9).", [["2/9", "DATE"]], ["drawn"]],
  ["R MCA stroke (7/24), L hemiparesis.", [["7/24", "DATE"]], ["stroke"]],
  ["Echo 3/4 showed EF 40%.", [["3/4", "DATE"]], ["Echo"]],
  // counts and scores after the same words, or no event word before
  ["blood cultures 2/2 positive; biopsy 2/6 cores positive", [], ["2/2", "2/6"]],
  ["Strength 4/5, murmur 2/6, pulses 2/4, pain (7/10)", [], ["4/5", "2/6", "2/4", "7/10"]],
  ["lymph nodes positive (2/9)", [], ["2/9"]],
  ["seen 1/2 tab daily", [], ["1/2"]],
];

const IDS: ReadonlyArray<TypedCase> = [
  // an ISBT 128 donation number, grouped or glued
  ["Component: RBC, unit W0417 94 118822, group O Pos", [["W0417 94 118822", "ID"]], ["RBC", "Pos"]],
  // a check letter closing a dashed code
  ["Quickie power chair QPC-118830-R, 7 years old", [["QPC-118830-R", "ID"]], ["Quickie", "7"]],
  ["Outside slides S25-12345-A reviewed", [["S25-12345-A", "ID"]], ["slides"]],
  // a civil action's number
  ["Superior Court Civil Action No. 2093-CV-01174", [["2093-CV-01174", "ID"]], ["Superior"]],
  // a lone letter after the first dash or two letters closing the code, a vitamin, a unit's wing
  ["code S25-12345-AB and AB-C-123456", [], ["S25-12345-AB", "AB-C-123456"]],
  ["Bay B-12, room 4-East", [], ["B-12", "East"]],
  ["HLA-B27 positive, COVID-19 negative, unit W0417 94", [], ["HLA-B27", "W0417"]],
  ["code AB-123456-CD", [], ["AB-123456-CD"]],
];

runPlaceTable("streets without a house number in any frame of where (stop 30)", STREETS);
runPlaceTable("sentence openings, ECG segments, drug routes and saints stay out (stop 30)", STREET_NEGATIVES);
runPlaceTable("a census line's patient after the bed or room (stop 30)", CENSUS);
runTyped("a month/day after the test or event it dates (stop 30)", ["DATE"], EVENT_DATES);
runTyped("blood units, check letters and civil actions (stop 30)", ["ID"], IDS);
