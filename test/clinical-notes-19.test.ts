// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-19.jsonl (42 clinical notes
// we wrote by hand in stop 31 to measure the tree blind, in the styles of the i2b2 de-identification notes: discharge
// summaries with record headers, dictation stamps and cc lines, "Record date:" outpatient notes, cath, echo, Holter,
// MRI, mammography, pathology, endoscopy, sleep and PFT reports, neurology, ID, geriatrics and nephrology consults,
// referral and clinic letters, ED, nursing, phone, transfer, operative, psychiatric, rehab, hospice, paediatric, OB,
// occupational-health, anticoagulation, home-health, death and addiction-medicine notes; 16 in ALL CAPS, 5 in lower
// case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-03 blind, on 9e0ffac's code (main at stop 31's start), with no rule written from it (wasm and js
 * alike), after one label slip was fixed (a second "Ireland" left unlabelled; first score 0.9173 / 0.9629): any-type
 * recall 0.9173, precision 0.9635; NAME 0.9856, LOCATION 0.8384, ORGANIZATION 0.7019, DATE 0.9880, PHONE 0.9890, AGE
 * 0.8571, ID, MRN, FAX 1.0 (any type). Upper-cased copy 0.9057 / 0.9598 (NAME 0.9835, LOCATION 0.8037, ORGANIZATION
 * 0.6827, DATE 0.9880), lower-cased 0.8604 / 0.9686 (NAME 0.9608, LOCATION 0.7444, ORGANIZATION 0.4663, DATE 0.9860)
 * (scripts/case-copy.mjs). After clinical round 22 (stop 31), written from its misses: see FLOOR's comment. Floors: the
 * measured values rounded down.
 */
const FLOOR = {
  // (measured after round 22, wasm and js alike: 0.9231 / 0.9648; NAME 0.9897, LOCATION 0.8384, ORGANIZATION 0.7019,
  // DATE, PHONE, AGE, ID, MRN, FAX 1.0; upper 0.9110 / 0.9611, lower 0.8699 / 0.9689)
  recall: 0.923, precision: 0.964,
  types: {
    NAME: 0.989, LOCATION: 0.838, ORGANIZATION: 0.701, DATE: 0.99, PHONE: 0.99, ID: 0.99, MRN: 0.99, FAX: 0.99,
    AGE: 0.99,
  },
};

/** Words of the notes that no finding may touch: drugs, devices, scores, eponyms, procedures and abbreviations. */
const KEEP = [
  "IV LASIX", "COUMADIN HELD X2", "ticagrelor", "Synergy 3.0 x 20 mm DES", "TAVR EVALUATION", "vasogenic edema",
  "BI-RADS 5", "SENTINEL LYMPH NODE", "carbidopa/levodopa", "quetiapine 12.5 mg", "total knee arthroplasty",
  "re-excision", "4 STAPLES", "mepilex", "metformin", "empagliflozin", "Keflex", "HUNT-HESS 3", "ENDOCATCH BAG",
  "risperidone 1 mg bid", "nitrofurantoin", "hemiwalker", "durvalumab", "OCRELIZUMAB", "BTB autograft",
  "praziquantel", "MoCA 24/30", "APIXABAN 5 BID", "VALGANCICLOVIR", "bactrim", "amoxicillin-clavulanate",
  "unna boot", "pantoprazole 40 bid", "METHADONE INDUCTION 30 MG", "CERUMEN REMOVED", "Tomosynthesis", "FENa 0.4%",
  "SINUS NODE DYSFUNCTION", "RhoGAM", "AUTO-CPAP 10-16", "COLD SNARE", "DLCO 51%",
];

runFixtureSuite({
  title: "clinical notes fixture 19 (hand-written, blind for stop 31: i2b2-style summaries, reports, letters, consults)",
  fixture: "clinical-notes-19.jsonl",
  script: "make-clinical-fixture-19.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 42,
});
