// Why this file exists: table tests, with hard negatives, for the thirteenth facility round (fac13): hospitals named
// by an acronym after a care verb (surname-like acronyms, "from A to B" moves, lower case), the providers of hospice,
// home care and OPAT services, a facility's site after "at", relatives' names in lower-case text, a lower-case field's
// middle initial "a", lower-case signature codes and record acronyms, a Blue Cross plan's state, and the false positives this round fixed ("John's
// day off", "BIB BROCKTON FIRE RESCUE", "Referred to Early Intervention"). Both engines. Names are made up. The last
// test checks that every packed word list of the detector is well formed (three had a wrong length byte).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";
const ORG = "location:organization";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a hospital's acronym after a care verb's "to/at/from", also one that is a surname in capitals ("Mah")
  ["Patient was transferred to MAH for further care.", [["MAH", FAC]], ["Patient", "further"]],
  ["She was admitted from QVH last night.", [["QVH", FAC]], ["admitted", "night"]],
  // the second place of a move: "from A [B] to X", in mixed case and ALL CAPS
  ["He was accepted from FMH ICU to PUH for catheterization.", [["FMH", FAC], ["PUH", FAC]], ["ICU", "catheterization"]],
  ["HE WAS ACCEPTED FROM FMH ICU TO PUH FOR CATHETERIZATION.", [["FMH", FAC], ["PUH", FAC]], ["ICU", "CATHETERIZATION"]],
  ["Transferred from OSH to BQMC on 3/4.", [["BQMC", FAC]], ["OSH"]],
  // lower-case notes: after a care verb, and a record number's hospital
  ["he was transferred to qvh for catheterization .", [["qvh", FAC]], ["catheterization"]],
  ["881203457 fmc\ndischarge summary", [["fmc", FAC]], ["discharge"]],
  ["transfer note: pt accepted from qvh icu to bqmc on 3/3.", [["qvh", FAC], ["bqmc", FAC]], ["icu"]],
  ["comparison: mri 3/30/67 from qvh.", [["qvh", FAC]], ["mri", "comparison"]],
  ["he was transferred from an outside hospital, qvh, where he had been admitted.", [["qvh", FAC]], ["outside", "where"]],
  ["follow up with dr. lee in renal clinic at bqmc on 11/19.", [["lee", "name:title"], ["bqmc", FAC]], ["renal"]],
  // a provider of a hospice, home care, OPAT or meals service
  ["Hospice referral to Care Dimensions for home hospice.", [["Care Dimensions", ORG]], ["Hospice", "home"]],
  ["Plan: skilled nursing with hospice consult (Harbor Lantern).", [["Harbor Lantern", ORG]], ["nursing", "consult"]],
  ["CEFAZOLIN 2 G Q8H. OPAT VIA OPTION CARE AFTER PICC.", [["OPTION CARE", ORG]], ["OPAT", "AFTER", "PICC"]],
  ["SERVICES: MEALS ON WHEELS THROUGH ETHOS, HOMEMAKER 4 HRS.", [["ETHOS", ORG]], ["WHEELS", "HOMEMAKER"]],
  // a facility's site after "at" joins it
  ["Seen at Brigham and Women's at Foxborough.", [["Brigham and Women's at Foxborough", FAC]], ["Seen"]],
  ["Transferred to Lahey Clinic at Burlington last week.", [["Lahey Clinic at Burlington", FAC]], ["last"]],
  // a Blue Cross or Blue Shield plan's state after "of" joins the plan's name
  ["Payer: Blue Cross Blue Shield of Louisiana   ID: XUB889214703", [["Blue Cross Blue Shield of Louisiana", ORG]], ["Payer"]],
  ["PAYER: BLUE CROSS BLUE SHIELD OF NEW HAMPSHIRE", [["BLUE CROSS BLUE SHIELD OF NEW HAMPSHIRE", ORG]], ["PAYER"]],
  ["insurance is blue shield of california.", [["blue shield of california", ORG]], ["insurance"]],
  // a practice named by a place and a specialty is a facility, whatever the specialty
  ["Pioneer Valley Gastroenterology\n300 Shaker Road", [["Pioneer Valley Gastroenterology", FAC], ["300 Shaker Road", "location:address"]], []],
  ["Seen at Quincy Nephrology today.", [["Quincy Nephrology", FAC]], ["today"]],
  // lower-case text: a relative's name before a finite verb, also a modal's word ("will"), a field's middle initial "a"
  ["her husband will has been more patient.", [["will", "name:cue"]], ["husband", "patient"]],
  ["lives alone. brother frank checks on him.", [["frank", "name:cue"]], ["brother", "checks"]],
  ["flomax 0.4 mg qhs .\nyoung , rose a , m.d.\ndictated by : x", [["young , rose a", "name:neighbour"]], ["flomax", "dictated"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // an acronym after a facility and a comma is its name only in apposition, closed by punctuation or a store number
  ["Tribal health: Harbor Nation Health Clinic, CDIB on file.", [["Harbor Nation Health Clinic", FAC]], ["CDIB"]],
  // units, care settings and services after care verbs stay words
  ["Transferred to ICU from ED, then to PACU.", [], ["ICU", "ED", "PACU"]],
  ["TRANSFERRED FROM MICU TO SNF.", [], ["MICU", "SNF"]],
  ["Accepted from OSH to MICU.", [], ["OSH", "MICU"]],
  ["switched from HCTZ to ACE inhibitor.", [], ["HCTZ", "ACE"]],
  ["he was transferred to the floor and sent to rehab .", [], ["floor", "rehab"]],
  // a modal after a relative stays a verb; "i" is never a middle initial
  ["her husband will pick her up. my daughter may come tomorrow.", [], ["will", "may"]],
  ["my son will.", [], ["will"]],
  ["notes, see a\nfollow up", [], ["see", "a"]],
  ["patient: young , rose a\nmrn 4471", [], ["young", "rose"]],
  // services, people and routes after a service's frame are no provider
  ["Hospice referral to Palliative Care.", [], ["Palliative", "Care"]],
  ["VNA TO FOLLOW UP WEEKLY.", [], ["FOLLOW", "WEEKLY"]],
  ["OPAT via PICC.", [], ["PICC"]],
  ["Oxygen via Nasal Cannula at night.", [], ["Nasal", "Cannula"]],
  // after "at", a core English word is no site
  ["PT WITH VNA OF BOSTON AT HOME.", [["VNA OF BOSTON", ORG]], ["HOME"]],
  // a possessive before a two-word place's second word: "John Day" is a town, "John's day" a day
  ["It was John's day off.", [["John", "name:dictionary"]], ["day", "off"]],
  ["it was john's day off.", [["john", "name:dictionary"]], ["day", "off"]],
  ["Lives in Lee's Summit.", [["Lee's Summit", "location:city"]], ["Lives"]],
  // "BIB", brought in by, opens no organisation's name
  ["BIB BROCKTON FIRE RESCUE AFTER A FALL.", [["BROCKTON FIRE RESCUE", ORG]], ["BIB", "FALL"]],
  ["Pt BIB Brockton Fire Rescue.", [["Brockton Fire Rescue", ORG]], ["BIB"]],
  // a weak name opening a title-case term after a verb's cue is a term's word; a full name stays a name
  ["Referred to Early Intervention.", [], ["Early", "Intervention"]],
  ["Referred to Hope Alvarez.", [["Hope Alvarez", "name:neighbour"]], ["Referred"]],
  // without a Blue plan's name before it, "of" and a state stay apart
  ["Carved a shield of Texas granite.", [["Texas", "location:state"]], ["shield", "of"]],
];

runPlaceTable("hospitals, providers and sites of the thirteenth facility round (fac13)", POSITIVES);
runPlaceTable("units, services, modals and possessives stay words (fac13)", NEGATIVES);

describe("the detector's packed word lists", () => {
  // a list packs each word after its length as one char ("\u0005early"; UTF-8 bytes of other scripts as \u00XX): a
  // wrong length made every later word of SPECIALTY_WORDS, AFFILIATION_HEADS and PROCEDURE_ENDINGS unreachable until
  // stop 23
  // (stop 43: every file of the core, not detect.ts alone: a wrong length in scanners/ids.ts's ZIP_LABELS43 hid "account")
  const dir = new URL("../assembly/", import.meta.url);
  const src = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(new URL(f, dir), "utf8")).join("\n");
  const lists = [...src.matchAll(/"(\\u00[01][0-9a-f](?:\\u00[0-9a-f]{2}|[^"\\\n])*)"/g)].map((m) =>
    m[1]!.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  it("has lists to check", () => {
    expect(lists.length).toBeGreaterThan(100);
  });
  it("has a length char before every word of every list", () => {
    for (const list of lists) {
      let i = 0;
      while (i < list.length) {
        const n = list.charCodeAt(i);
        const word = list.slice(i + 1, i + 1 + n);
        expect(n > 0 && n < 0x20 && word.length === n && ![...word].some((c) => c.charCodeAt(0) < 0x20), JSON.stringify(list)).toBe(true);
        i += n + 1;
      }
    }
  });
});
