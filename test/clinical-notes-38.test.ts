// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-38.jsonl (50 texts of
// ambulatory care, correspondence and administration, written by hand in stop 48 to measure the tree blind: clinic
// letters and replies, a well-child note and school, daycare, camp and sports forms, prenatal, dental, eye, hearing,
// foot, skin and behavioural-health notes, home-health and hospice visits, assisted-living and SNF transfer forms, DME
// and home-oxygen orders, prior authorizations and appeals, disability, FMLA and workers'-compensation forms,
// return-to-work, jury-duty and school-excuse letters, a research consent and registry abstracts, a release of
// information, occupational-health, immigration (I-693) and travel-clinic exams; 12 in ALL CAPS, 12 in lower case), on
// both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-06 blind, on 687e020's code (main at stop 48's start), with no rule written from it (wasm and js
 * alike). First score, on the texts as frozen (1382b8e, 1,157 spans): any-type recall 0.9409, precision 0.9751; NAME
 * 0.9564, LOCATION 0.9413, ORGANIZATION 0.7603, DATE 0.9962, ID 0.9783, AGE 0.8750, PHONE, MRN, FAX, EMAIL, SSN, URL,
 * IP 1.0 (any type); upper-cased copy 0.9440 / 0.9710, lower-cased 0.9144 / 0.9794 (scripts/case-copy.mjs). One label
 * slip was then fixed (72aeffb), no text changed: the year of "Summer 2099" labelled DATE. After it, blind (1,158
 * spans): 0.9409 / 0.9754; upper 0.9440 / 0.9714, lower 0.9144 / 0.9797. After clinical round 41 (stop 48, fy48),
 * written from its misses: see FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 41, wasm and js alike: 0.9454 / 0.9755; NAME 0.9611, LOCATION 0.9413, ORGANIZATION 0.7808,
  // DATE 0.9962, ID 0.9783, AGE 0.9375, PHONE, MRN, FAX, EMAIL, SSN, URL, IP 1.0; upper 0.9454 / 0.9714, lower
  // 0.9158 / 0.9798; stop 48's merged tree after its second round: 0.9502 / 0.9757, LOCATION 0.9583, ORGANIZATION
  // 0.7922, the rest unchanged; upper 0.9495 / 0.9715, lower 0.9244 / 0.9800)
  recall: 0.950, precision: 0.975,
  types: {
    NAME: 0.961, LOCATION: 0.958, ORGANIZATION: 0.792, DATE: 0.996, ID: 0.978, MRN: 0.99, AGE: 0.937, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the texts that no finding may touch: drugs, devices, vaccines, scales, codes, public programmes.
 */
const KEEP = [
  "amoxicillin", "latanoprost", "DUPIXENT 300 MG", "PHONAK AUDEO", "Vivitrol", "MMR #1", "typhim vi", "PHQ-9 19",
  "gad-7 11", "e11.42", "CPT 72148", "cpt 90837", "HCPCS E1390", "K0001", "Medicaid", "wic referral", "VFC", "Tdap",
  "naltrexone 50 mg", "methylphenidate ER 27 mg", "albuterol HFA 90 mcg", "Eliquis", "EASI 28", "SCAT6", "moca 14/30",
  "EDSS 4.0", "ALSFRS-R 29", "G47.33", "SNELLEN 20/20", "YF-Vax", "Vivotif", "atovaquone-proguanil", "rhogam",
  "timolol", "L20.9", "MEDICARE A",
];

runFixtureSuite({
  title: "clinical notes fixture 38 (hand-written, blind for stop 48: ambulatory care, correspondence and administration)",
  fixture: "clinical-notes-38.jsonl",
  script: "make-clinical-fixture-38.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 50,
});
