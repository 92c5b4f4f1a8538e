// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-34.jsonl (40 clinical notes
// we wrote by hand in stop 46 to measure the tree blind, in report types and layouts fixtures 1-33 hold least: a spinal
// fusion note with its implant log, a pacemaker implant, a CRRT circuit log, an ECMO circuit check, a CAR-T infusion
// record, a massive transfusion log, a code stroke timeline, a STEMI door-to-balloon record, a trauma flow sheet, a burn
// ICU note, a firefighter physical, a Y-90 report, a charge nurse assignment sheet, an explanation of benefits, a UB-04
// print, a sepsis bundle abstraction, a post-operative phone call, a hospice volunteer log, a home blood pressure log, a
// scheduler's wait list, an oocyte retrieval, an IRB deviation report, a root cause analysis, an asthma action plan, a
// therapeutic shoe certification, a 24-hour urine report, a botulinum toxin log, an immunotherapy record, an opioid
// agreement, an EMU admission, a PET-CT, a transplant day +100 summary, a circumcision note, an SBAR handoff, a Medicare
// IM notice, a home enteral order, a code debrief, an insulin infusion log, an EAP referral and an NGS report; 16 in ALL
// CAPS, 4 in lower case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on 1b6014a's code (main at stop 46's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (8872e3f, 1,103 spans): any-type recall 0.9220, precision 0.9659; NAME
 * 0.9389, LOCATION 0.9236, ORGANIZATION 0.7049, DATE 0.9776, ID 0.9742, AGE 0.5385, PHONE 0.9949, MRN, FAX, EMAIL, SSN,
 * URL, IP 1.0 (any type); upper-cased copy 0.9092 / 0.9623, lower-cased 0.8789 / 0.9752 (scripts/case-copy.mjs). Two
 * label slips were then fixed (63ffaa7), no text changed: two makers (Zoll, Omron) left unlabelled. After them, blind
 * (1,105 spans): 0.9217 / 0.9663; ORGANIZATION 0.7037; upper-cased copy 0.9089 / 0.9627, lower-cased 0.8786 / 0.9756.
 * After clinical round 37 (stop 46, fx46), written from its misses: see FLOOR's comment. Floors: the measured values
 * rounded down.
 */
const FLOOR = {
  // (measured after round 37, wasm and js alike: 0.9281 / 0.9665; NAME 0.9428, LOCATION 0.9236, ORGANIZATION 0.7293,
  // DATE 0.9776, ID 0.9742, AGE 0.8462, MRN, PHONE, FAX, EMAIL, SSN, URL, IP 1.0; upper 0.9168 / 0.9631, lower 0.8854 /
  // 0.9758)
  // (stop 46's merged tree with its second round, the floors now: 0.9361 / 0.9679; NAME 0.952, LOCATION 0.924,
  // ORGANIZATION 0.746, DATE 0.993, ID 0.974, AGE 0.923, PHONE 1.0; upper 0.9247 / 0.9645, lower 0.8967 / 0.9773)
  // (stop 47's merged tree: 0.9365 / 0.9679; NAME 0.952, LOCATION 0.924, ORGANIZATION 0.746, DATE 0.993, ID 0.974,
  // AGE 1.0 (ag47b: an age in brackets after a found name), PHONE 1.0; upper 0.9251 / 0.9645, lower 0.9017 / 0.9774)
  recall: 0.936, precision: 0.967,
  types: {
    NAME: 0.951, LOCATION: 0.923, ORGANIZATION: 0.745, DATE: 0.992, ID: 0.974, MRN: 0.99, AGE: 0.99, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, codes, blood products, programmes.
 * (Not yet "BAIR HUGGER", "Kangaroo Joey", "Biograph Vision", "AVALON" (devices), "SEP-1" (a measure), "HFpEF", the
 * clock times of a timeline ("1921 DOOR") and "CMS-1450" (a form), touched blind: left for a later round.)
 */
const KEEP = [
  "YESCARTA", "PRISMAFLEX", "CARDIOHELP", "AZURE XT", "THERASPHERE", "Dysport", "Glucommander", "NIHSS 17", "GCS 11",
  "ASA III", "DRG 481", "HCPCS A5500", "B4152", "O NEG", "TOCILIZUMAB", "Jevity 1.5", "Flovent HFA", "albuterol",
  "finerenone", "levetiracetam", "lacosamide", "sotorasib", "Medicaid", "STAR+PLUS", "MEPILEX AG", "amlodipine",
  "Accu-Chek Inform II", "Gomco", "PGT-A", "ICSI", "POLST", "KETAMINE", "TXA",
];

runFixtureSuite({
  title: "clinical notes fixture 34 (hand-written, blind for stop 46: report types and layouts fixtures 1-33 lack)",
  fixture: "clinical-notes-34.jsonl",
  script: "make-clinical-fixture-34.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
