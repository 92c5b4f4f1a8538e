// Why this file exists: table tests, with hard negatives, for the stop 48 organisations round (og48): US organisations
// that notes name with no head word and often no frame, from a broad list written by us that lives in the word table
// (scripts/build-dictionaries.mjs, ORG_ALONE48 and ORG_FRAMED48; orgWord48() in assembly/names/detect.ts): large
// employers, universities, public bodies, health systems. Names of two or three words stay whole ("Stop & Shop", "Delta
// Air Lines", "Chick-fil-A"); a name that is an English word, a surname or a place ("Target", "Ford", "Dell") only after
// a frame of employment or place. Hard negatives: the English words in everyday clinical use ("target organ", "apple
// juice", "delta wave", "staples", "shell", "chase"), an eponym's score ("Duke treadmill score"), a surname after a title,
// a surname inside a double-barrelled name ("Gallagher-Shaw"). Mixed case, ALL CAPS and lower case; both engines.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";
const CITY = "location:city";

const KNOWN: ReadonlyArray<PlaceCase> = [
  ...tri("Cashier at Stop & Shop on weekends.", [["Stop & Shop", ORG]], ["Cashier", "weekends"]),
  ...tri("Retired from Raytheon; part-time at Home Depot now.", [["Raytheon", ORG], ["Home Depot", ORG]], ["Retired", "now"]),
  ...tri("He is an MBTA bus driver.", [["MBTA", ORG]], ["bus", "driver"]),
  ...tri("Retired from Ford after 30 years.", [["Ford", ORG]], ["Retired", "years"]),
  ...tri("Insured by Liberty Mutual, claim pending.", [["Liberty Mutual", ORG]], ["Insured", "claim"]),
  ...tri("Works at Chick-fil-A part time.", [["Chick-fil-A", ORG]], ["Works", "part"]),
  ...tri("Flight attendant with Delta Air Lines since 2010.", [["Delta Air Lines", ORG]], ["Flight", "since"]),
  ...tri("Works at Foxwoods as a dealer.", [["Foxwoods", ORG]], ["Works", "dealer"]),
  ...tri("Father retired from General Dynamics.", [["General Dynamics", ORG]], ["Father", "retired"]),
  ...tri("Records from Dartmouth-Hitchcock reviewed.", [["Dartmouth-Hitchcock", FAC]], ["Records", "reviewed"]),
  ...tri("Employer: Pratt & Whitney.", [["Pratt & Whitney", ORG]], ["Employer"]),
  ...tri("She stocks shelves at Trader Joe's.", [["Trader Joe's", ORG]], ["stocks", "shelves"]),
  ...tri("Line cook at Olive Garden.", [["Olive Garden", ORG]], ["Line", "cook"]),
  // a health system, a known hospital or a university that names its medical centre: a facility, as the facility rules
  // report a hospital; a university otherwise stays an organisation
  // (in ALL CAPS and lower case the older town rule reads "DARTMOUTH" first, a town of the same type)
  ["Cytology will be read at Dartmouth next week.", [["Dartmouth", FAC]], ["Cytology", "week"]],
  ["CYTOLOGY WILL BE READ AT DARTMOUTH NEXT WEEK.", [["DARTMOUTH", CITY]], ["CYTOLOGY", "WEEK"]],
  ...tri("Hand surgeon at UAB reviewed the films.", [["UAB", FAC]], ["Hand", "films"]),
  ...tri("Liver transplant team at UW Medicine follows her.", [["UW Medicine", FAC]], ["Liver", "team"]),
  ...tri("Graduate student in chemistry at Tufts.", [["Tufts", ORG]], ["Graduate", "chemistry"]),
  // the second list: national insurers and employers; a surname or an English word only after a frame
  ...tri("Insured through Molina Healthcare since May.", [["Molina Healthcare", ORG]], ["Insured", "since"]),
  ...tri("Line cook at Waffle House, nights.", [["Waffle House", ORG]], ["Line", "nights"]),
  // (in ALL CAPS and lower case the state rule reads "VIRGINIA" first: left alone)
  ["Son is a junior at Virginia Tech.", [["Virginia Tech", ORG]], ["Son", "junior"]],
  ...tri("Transferred from Sanford Health for dialysis.", [["Sanford Health", FAC]], ["Transferred", "dialysis"]),
  ["Claims analyst at Anthem for ten years.", [["Anthem", ORG]], ["Claims", "years"]],
  ["RETIRED FROM CATERPILLAR IN 2015.", [["CATERPILLAR", ORG]], ["RETIRED"]],
  // (a known town right after the name in ALL CAPS or lower case stays a town, not joined to the name)
  ["CALLING FROM WORK (INTEL HILLSBORO).", [["HILLSBORO", CITY]], ["CALLING", "WORK"]],
  ["calling from work (intel hillsboro).", [["hillsboro", CITY]], ["calling", "work"]],
  // a framed word: capitalised or in capitals (in lower-case text "target" is a core English word no rule reads there)
  ["Works at Target on weekends.", [["Target", ORG]], ["Works", "weekends"]],
  ["WORKS AT TARGET ON WEEKENDS.", [["TARGET", ORG]], ["WORKS", "WEEKENDS"]],
  ["Partner works for Dell in Austin.", [["Dell", ORG], ["Austin", CITY]], ["Partner", "works"]],
  ["PARTNER WORKS FOR DELL IN AUSTIN.", [["DELL", ORG], ["AUSTIN", CITY]], ["PARTNER", "WORKS"]],
  ["Son is a student at UConn.", [["UConn", ORG]], ["Son", "student"]],
  ["SON IS A STUDENT AT UCONN.", [["UCONN", ORG]], ["SON", "STUDENT"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Target organ damage is absent; A1C target below 8.", [], ["Target", "organ", "target"]),
  ...tri("Apple juice and crackers given.", [], ["Apple", "juice"]),
  ...tri("Delta wave on ECG, no preexcitation.", [], ["Delta", "wave"]),
  ...tri("Wound closed with staples.", [], ["Wound", "staples"]),
  ...tri("Acetabular shell placed; chase the bleeding.", [], ["shell", "chase"]),
  ...tri("Duke treadmill score +4.", [], ["Duke", "treadmill"]),
  ...tri("Dr. Ford saw the patient.", [["Ford", "name:title"]], ["saw", "patient"]),
  ...tri("Fiona Gallagher-Shaw visited.", [["Fiona Gallagher-Shaw", "name:neighbour"]], ["visited"]),
  // (Spanish "permanente", permanent: "Kaiser Permanente" is kept whole, the one word is not listed)
  ...tri("La pérdida de agudeza visual ha sido permanente.", [], ["permanente", "visual"]),
  ...tri("Caterpillar rash on the forearm; national anthem sung at the game.", [], ["Caterpillar", "anthem"]),
  ...tri("Nationwide shortage of amoxicillin; travelers' diarrhea last trip.", [], ["Nationwide", "travelers"]),
  ...tri("Ate sprouts at dinner; a priority health concern.", [], ["sprouts", "priority", "health"]),
  ["URI symptoms last week.", [], ["URI", "symptoms"]],
  ["Tanning bed UVA exposure.", [], ["UVA", "exposure"]],
];

runPlaceTable("og48: a US organisation named by a list in the word table", KNOWN);
runPlaceTable("og48: hard negatives", NEGATIVES);

// The core keys a one-word name by its hash combined with the sentinel token "\u0001" (ORG48_S1, ORG48_S2): the build
// script's hashToken("\u0001"), recomputed here, so that an edit of the hash or the sentinel on one side fails.
describe("ORG48_S1 / ORG48_S2 are hashToken(\"\\u0001\")", () => {
  it("matches the build script's hash", () => {
    const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
    const imul = Math.imul;
    const fmix = (x: number) => {
      let h = x;
      h ^= h >>> 16; h = imul(h, 0x85ebca6b); h ^= h >>> 13; h = imul(h, 0xc2b2ae35); h ^= h >>> 16;
      return h >>> 0;
    };
    let h1 = 0x811c9dc5, h2 = 0x2545f491;
    const w = 1;
    h1 = imul(h1 ^ w, 0x01000193); h1 ^= h1 >>> 13;
    h2 = imul(h2 ^ w, 0x5bd1e995); h2 ^= h2 >>> 15;
    const s1 = fmix(h1 ^ 1), s2 = fmix((h2 + 1) | 0);
    expect(src).toContain(`const ORG48_S1: u32 = 0x${s1.toString(16)};`);
    expect(src).toContain(`const ORG48_S2: u32 = 0x${s2.toString(16)};`);
    const build = readFileSync(new URL("../scripts/build-dictionaries.mjs", import.meta.url), "utf8");
    expect(build).toContain('const ORG48_KEY = "\\u0001";');
  });
});
