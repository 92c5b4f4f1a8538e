// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-35.jsonl (40 clinical notes
// we wrote by hand in stop 47 to measure the tree blind, in the register of the i2b2 notes: the long documents of a
// hospital record as EHR text exports print them, with banners, headers, "cc:" lists, dictation footers, signature blocks
// and addenda: discharge summaries (VistA, Epic, with addenda), admission H&Ps (Meditech, Cerner, paediatric),
// operative reports (cholecystectomy, craniotomy), a cardiac catheterisation, an echo, CT and MRI reports, surgical and
// bone marrow pathology, nephrology, ID and palliative consults, an ICU progress note, an ED record, a psychiatric
// admission, a delivery summary, a rehabilitation admission, a death summary, transfer summaries, an endoscopy report, a
// stress test, a sleep study, a trauma tertiary survey, clinic notes and letters to referring doctors; 16 in ALL CAPS,
// 4 in lower case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on 1605464's code (main at stop 47's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (f272fb1, 1,359 spans): any-type recall 0.9463, precision 0.9697; NAME
 * 0.9801, LOCATION 0.9108, ORGANIZATION 0.8541, DATE 0.9631, ID 0.9583, AGE 0.8571, MRN, PHONE, FAX, EMAIL, SSN, URL, IP
 * 1.0 (any type); upper-cased copy 0.9442 / 0.9674, lower-cased 0.9189 / 0.9758 (scripts/case-copy.mjs). Four label
 * slips were then fixed (b4c8356), no text changed: a facility's initials ("MRN (SRMC)"), a laboratory's name before
 * "Accession" ("ARUP"), two highways of a crash's place ("I-35", "SR 99"), as fixtures 20-34 label them. After them,
 * blind (1,363 spans): 0.9464 / 0.9716; upper-cased copy 0.9443 / 0.9693, lower-cased 0.9187 / 0.9774. After clinical
 * round 38 (stop 47, fx47), written from its misses: see FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 38, wasm and js alike: 0.9498 / 0.9717; NAME 0.9822, LOCATION 0.9114, ORGANIZATION 0.8651,
  // DATE 0.9676, ID 0.9583, AGE, MRN, PHONE, FAX, EMAIL, SSN, URL, IP 1.0; upper 0.9477 / 0.9694, lower 0.9224 / 0.9775)
  // (stop 47's merged tree with its second round, the floors now: 0.9581 / 0.9722; NAME 0.984, LOCATION 0.934,
  // ORGANIZATION 0.865, DATE 0.979, ID 0.958, AGE 1.0; upper 0.9547 / 0.9700, lower 0.9332 / 0.9787)
  recall: 0.958, precision: 0.972,
  types: {
    NAME: 0.983, LOCATION: 0.933, ORGANIZATION: 0.865, DATE: 0.978, ID: 0.958, MRN: 0.99, AGE: 0.99, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, scales, eponyms, programmes.
 * (Not yet "Watchman FLX", "EPIQ CVX" (devices), "HINCHEY IB", "Koos III", "ASIA B" (grades read as names), "WHIPPLE"
 * (an eponym read as a town), "Boston Bowel Prep Score", and two public programmes ("HUSKY Health", "oregon health
 * plan"), touched blind: left for a later round.)
 */
const KEEP = [
  "ELIQUIS", "IV LASIX", "KEPPRA", "CHA2DS2-VASC", "CHA2DS2-VASc", "APGAR 8/9", "FIM MOTOR 28", "Roux-en-Y",
  "MORISON'S POUCH", "HARMONIC ACE", "XIENCE SKYPOINT", "Mayfield pins", "Sydney protocol", "Medicare Part B",
  "Meals on Wheels", "PleurX", "Glucerna 1.5", "voxelotor", "hydroxyurea", "entacapone", "carbidopa-levodopa",
  "ONCOTYPE DX", "LOKELMA", "ANDEXXA", "ISOVUE", "TAVR", "HUNT-HESS 3", "FISHER 3", "TICI 3", "CAM-ICU", "MOLST",
  "MoCA 21/30", "PRAM 8", "Resolution 360", "On-X", "Agent Orange", "GADAVIST", "updrs part iii", "lsvt big",
];

runFixtureSuite({
  title: "clinical notes fixture 35 (hand-written, blind for stop 47: the long documents of a hospital record)",
  fixture: "clinical-notes-35.jsonl",
  script: "make-clinical-fixture-35.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
