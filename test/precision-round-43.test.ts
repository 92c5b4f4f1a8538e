// Why this file exists: table tests for stop 43's precision round (fp43): clinical and programme words the name and
// place rules read as PHI in fixtures 30-31 and their case copies, each row in mixed case, ALL CAPS and lower case,
// through both engines: "MR" (magnetic resonance) before a study's word in a medical shape or glued by a hyphen read as
// the title "Mr" ("MR ENTEROGRAPHY", "MR-CONDITIONAL": detect.ts mrImaging43), a risk model named after its author
// ("Gail model": "model" an eponym's head in scripts/build-dictionaries.mjs), a yeast's genus that is also a rare given
// name ("Candida auris": not a name; so "hilar" and "pearly"), a state in a programme's name ("HEALTHY MICHIGAN PLAN",
// "Michigan CHIP": detect.ts statePlan43), a registry in a table's source cell read as a hospital's initials ("|
// NPPES |", "| NPDB |": REGISTRY_ACRONYMS43 in hospitalAcronym()), and a record's obstetric trace or fluid after a
// record verb read as initials in ALL CAPS ("REVIEWED NST 3/14": recordInitials40() reads nam43's LOWER_NOT_INITIALS43). Each group
// keeps the real PHI beside the words found (positives) and the words themselves unredacted (hard negatives).
// Every name is made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** The row in mixed case, ALL CAPS and lower case (the expected texts and the kept words follow the text's case). */
function three(rows: ReadonlyArray<Row>): TypedCase[] {
  const out: TypedCase[] = [];
  for (const [text, found, keep] of rows) {
    out.push([text, found, keep]);
    out.push([text.toUpperCase(), found.map(([t, y]) => [t.toUpperCase(), y] as const), keep.map((w) => w.toUpperCase())]);
    out.push([text.toLowerCase(), found.map(([t, y]) => [t.toLowerCase(), y] as const), keep.map((w) => w.toLowerCase())]);
  }
  return out;
}

const MR_IMAGING: ReadonlyArray<Row> = [
  // magnetic resonance before a study's word in a medical shape, or glued to its word by a hyphen
  ["Radiology worklist\nA52316228  Tran, Bao Ngoc   8747363  MR enterography  03/14/2099  Crohn protocol", [["Tran, Bao Ngoc", N]], ["enterography"]],
  ["Plan: MR angiography of the neck; discussed with Dr. Okafor.", [["Okafor", N]], ["angiography"]],
  ["Device: dual-chamber pacemaker, MR-conditional, rep Janell Quist paged.", [["Janell Quist", N]], ["conditional"]],
  // a title with its period, or before a surname, stays a title
  ["Mr. Haverkamp had an angiography today.", [["Haverkamp", N]], ["angiography"]],
];

const EPONYMS_AND_GENERA: ReadonlyArray<Row> = [
  // a risk model named after its author, a yeast's genus
  ["Half-sister Dana Kettering in Tucson. Gail model not used.", [["Dana Kettering", N], ["Tucson", L]], ["Gail model"]],
  ["Candida auris admission screening: swab by Marisol Ebanks, RN.", [["Marisol Ebanks", N]], ["Candida auris"]],
  // clinical adjectives that are also rare given names
  ["CXR: no hilar adenopathy; read by Dr. Hilary Okonjo.", [["Hilary Okonjo", N]], ["hilar adenopathy"]],
  ["Exam: 9 mm pearly papule on the helix; referred by Dr. Catalina Vigil.", [["Catalina Vigil", N]], ["pearly papule"]],
];

const STATE_PROGRAMMES: ReadonlyArray<Row> = [
  // a state inside a public health programme's name; a state alone after "from" or "in" stays a place
  ["Insurance Healthy Michigan Plan 0044718201\nShe moved from Ohio last year.", [["Ohio", L]], ["Michigan"]],
  ["On Healthy Indiana Plan since 2090; moved from Ohio.", [["Ohio", L]], ["Indiana"]],
  ["Pt has Michigan CHIP coverage, born in Ohio.", [["Ohio", L]], ["Michigan"]],
];

const REGISTRY_CELLS: ReadonlyArray<Row> = [
  // a registry in a verification table's source cell; a board stays an organisation's initials, as the fixtures label it
  // (stop 44, nam44: and the "By" column's initials are the verifier's, a person's: COL_PERSON_FX40's "by")
  ["Item | Number | Verified | Source | By\nNPI | 1992044718 | 3/4/2099 | NPPES | RW\nBoard | 304471 | 3/5/2099 | ABIM | RW",
    [["RW", N], ["ABIM", L], ["RW", N]], ["NPPES"]],
  ["Item | Number | Verified | Source | By\nNPDB | 5500000447182 | 3/11/2099 | NPDB | RW", [["RW", N]], ["NPDB"]],
];

const RECORD_OBJECTS: ReadonlyArray<Row> = [
  // an obstetric trace or a fluid after a record's verb is no one's initials; initials no list has stay
  ["Reviewed NST 3/14\nReviewed IVF 3/14\nTranscribed KLS 03/16/99", [["KLS", N]], ["NST", "IVF"]],
];

runTypedTable("stop 43, fp43: MR (magnetic resonance) is no title before a study's word", [N], three(MR_IMAGING));
runTypedTable("stop 43, fp43: a risk model's eponym and a yeast's genus are no names", [N, L], three(EPONYMS_AND_GENERA));
runTypedTable("stop 43, fp43: a state inside a health programme's name is no place", [L], three(STATE_PROGRAMMES));
runTypedTable("stop 43, fp43: a registry in a table's source cell is no hospital", [N, L], three(REGISTRY_CELLS));
runTypedTable("stop 43, fp43: a record's obstetric trace or fluid is no initials", [N], three(RECORD_OBJECTS));
