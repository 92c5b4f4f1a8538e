// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-31.jsonl (40 clinical notes
// we wrote by hand in stop 43 to measure the tree blind, in report types and layouts fixtures 1-30 hold least: a
// military aeromedical patient movement request, an electrophysiology ablation report, a malignant hyperthermia
// crisis record, a brain death determination, a Candida auris screening log, a diversion investigation, a gunshot
// report to police with plates and a VIN, a trauma alias reconciliation, a duplicate-record merge request, a cord
// blood collection, a tissue allograft log, a contrast reaction report, an IVF witness log, a cross-border (Ontario)
// transfer, a fetal death worksheet, a railroad post-accident toxicology form, a handoff whiteboard, a symptom diary,
// a pharmacy voicemail transcript, a family group chat, a break-the-glass audit, an alias registration, a MedWatch
// report, a credentialing file, an obituary death clearance, a translated German discharge letter, an NHS overseas
// visitor note, a media inquiry log, a CDIB eligibility check, a biobank withdrawal, a direct-to-consumer genetic
// result, a Legionella investigation, a portal proxy request, a Hutterite colony house call, a guardian ad litem
// summary, a Peace Corps clearance, a wind-turbine rescue, a C-CDA extract, a FHIR Patient resource and a Marshallese
// clinic visit; 16 in ALL CAPS, 4 in lower case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on c8d4fbe's code (main at stop 43's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (a004ece, 1,165 spans): any-type recall 0.8525, precision 0.9516; NAME
 * 0.8776, LOCATION 0.8270, ORGANIZATION 0.6529, DATE 0.9487, ID 0.8516, MRN 0.7639, AGE 0.6667, PHONE 0.9197, FAX,
 * EMAIL, SSN, URL, IP 1.0 (any type); upper-cased copy 0.8484 / 0.9427, lower-cased 0.7937 / 0.9599
 * (scripts/case-copy.mjs; the upper copy leaves out the German letter, whose "ß" changes length). Nine label slips
 * were then fixed (69a3cb9), no text changed, all read from that score: a patient's name in a quoted obituary, a
 * facility's short name, a device maker, a hospital initialism, a region, a military "APO" city and the cue word
 * "aged" in two ages; an IRB protocol number and a freezer rack number unlabelled. After them, blind (c8d4fbe's code
 * on the fixed labels, 1,169 spans): any-type recall 0.8542, precision 0.9549; NAME 0.8781, LOCATION 0.8267,
 * ORGANIZATION 0.6550, DATE 0.9487, ID 0.8606, MRN 0.7639, AGE 0.7692, PHONE 0.9197, FAX 1.0; upper-cased copy 0.8501
 * / 0.9461 (NAME 0.897, LOCATION 0.822, ORGANIZATION 0.588), lower-cased 0.7943 / 0.9621 (NAME 0.823, LOCATION 0.715,
 * ORGANIZATION 0.480, ID 0.853, MRN 0.764). After clinical round 34 (stop 43, fx43), written from its misses: see
 * FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 34, wasm and js alike: 0.8587 / 0.9548; NAME 0.8836, LOCATION 0.8426, ORGANIZATION 0.6550,
  // DATE 0.9487, ID 0.8606, MRN 0.7639, AGE 0.7692; upper 0.8548 / 0.9460, lower 0.7988 / 0.9619; blind 0.8542 / 0.9549)
  // (stop 43's second round merged, the floors now: 0.8711 / 0.9566; NAME 0.907, LOCATION 0.863, ORGANIZATION 0.655,
  // DATE 0.949, ID 0.880, MRN 0.764, AGE 0.846, PHONE 0.920; upper 0.8613 / 0.9480, lower 0.8282 / 0.9636)
  // (stop 44's merged tree, the floors now: 0.8892 / 0.9566; NAME 0.925, LOCATION 0.871, ORGANIZATION 0.681, DATE 0.962,
  // ID 0.884, MRN 0.958, AGE 0.846, PHONE 0.920; upper 0.8796 / 0.9482, lower 0.8463 / 0.9635)
  recall: 0.889, precision: 0.956,
  types: {
    NAME: 0.924, LOCATION: 0.870, ORGANIZATION: 0.680, DATE: 0.961, ID: 0.883, MRN: 0.957, AGE: 0.845, PHONE: 0.919,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, tests, codes, laws and public programmes.
 * (Not yet "Head Start", "HEALTHY MICHIGAN PLAN" and "ICSI", touched since the blind score: left for a later round;
 * stop 43's fp43 freed "Gail model", "CANDIDA AURIS" and "NPPES".)
 */
const KEEP = [
  "DANTROLENE", "RYANODEX", "OMNIPAQUE 350", "PYXIS", "OMNICELL", "CARTO 3", "THERMOCOOL", "Watchman FLX",
  "INFUSE BONE GRAFT", "ALLODERM", "EMBRYOSCOPE", "EPIPEN", "APNEA TEST", "GCS 3", "ACR CLASSIFICATION", "APGAR 8/9",
  "ciwa 12", "21 CFR 803.30", "49 CFR 219", "42 CFR Part 2", "LOINC 8302-2", "OSHA 301", "DOLL'S EYES", "Medicaid",
  "COFA", "sumatriptan", "topiramate", "eliquis", "sertraline", "Mefloquine", "HYDROMORPHONE", "SEVOFLURANE",
  "SUCCINYLCHOLINE", "BRCA1 185delAG", "RYR1", "NSTEMI", "TAVI", "SoonerCare", "PLAN VITAL", "Help Me Grow",
  "MedWatch", "MyChart", "C-17", "NPDB", "Gail model", "CANDIDA AURIS", "NPPES",
];

runFixtureSuite({
  title: "clinical notes fixture 31 (hand-written, blind for stop 43: report types and layouts fixtures 1-30 lack)",
  fixture: "clinical-notes-31.jsonl",
  script: "make-clinical-fixture-31.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
