// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-33.jsonl (40 clinical notes
// we wrote by hand in stop 45 to measure the tree blind, in report types and layouts fixtures 1-32 hold least: a TEE
// with cardioversion, a urodynamics study, a central line note, a ventilator liberation log, a parenteral nutrition
// verification, diet office tray tickets, a transport dispatch log, a kidney biopsy, a radiosurgery summary, a carotid
// duplex, an LVAD clinic note, a controlled substance count sheet, a semen analysis, a paracentesis note, an implant
// record, an itemized statement, a pre-visit questionnaire, text-reminder replies, a patient's typed medication list, a
// unit clerk's call-back list, a TMS log, an esketamine REMS form, an intrathecal pump refill, a DBS programming visit,
// a CGM download, a wearable defibrillator enrollment, a capsule endoscopy, an ERCP, a growth hormone stimulation test,
// a frenotomy note, a C-SSRS screen, a virtual sitter log, a goals-of-care conversation, a patient relations letter, a
// media consent, a cranial prosthesis letter, a rideshare trip log, a reasonable accommodation letter, an incapacity
// certification and a hospital adoption plan; 16 in ALL CAPS, 4 in lower case), on both engines, plus the clinical
// words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on e401f75's code (main at stop 45's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (8f28781, 1,145 spans): any-type recall 0.9200, precision 0.9559; NAME
 * 0.9577, LOCATION 0.8808, ORGANIZATION 0.7048, DATE 0.9863, ID 0.9180, MRN 0.9595, AGE 0.8000, PHONE, FAX, EMAIL,
 * SSN, URL, IP 1.0 (any type); upper-cased copy 0.9130 / 0.9502, lower-cased 0.8776 / 0.9678 (scripts/case-copy.mjs).
 * Nine label slips were then fixed (2927e98, b6575d9), no text changed, each read from that score: a month alone ("in
 * June"), an international phone, a catheter's lot, a carrier (FedEx) and a maker (Medtronic) left unlabelled; three
 * numbers labelled FAX where the text gives no fax cue (PHONE now); "the" inside a date's span. After them, blind
 * (e401f75's code on the fixed labels, 1,150 spans): 0.9205 / 0.9590; DATE 0.9890; upper-cased copy 0.9136 / 0.9532,
 * lower-cased 0.8782 / 0.9710. After clinical round 36 (stop 45, fx45), written from its misses: see FLOOR's comment.
 * Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 36, wasm and js alike: 0.9238 / 0.9591; NAME 0.958, LOCATION 0.888, ORGANIZATION 0.707,
  // DATE 0.989, ID 0.918, MRN 1.0, AGE 0.95, PHONE, FAX, EMAIL, SSN, URL, IP 1.0; upper 0.9169 / 0.9534, lower 0.8804 /
  // 0.9710)
  // (stop 45's merged tree with its second round, the floors now: 0.9409 / 0.9598; NAME 0.974, LOCATION 0.916,
  // ORGANIZATION 0.743, DATE 0.995, ID 0.942, MRN 1.0, AGE 0.95; upper 0.9347 / 0.9542, lower 0.9016 / 0.9717)
  // (stop 46's merged tree with its second round, the floors now: 0.9475 / 0.9633; NAME 0.975, LOCATION 0.939,
  // ORGANIZATION 0.763, DATE 0.995, ID 0.942, MRN 1.0, AGE 0.95; upper 0.9388 / 0.9569, lower 0.9096 / 0.9742)
  recall: 0.947, precision: 0.963,
  types: {
    NAME: 0.974, LOCATION: 0.938, ORGANIZATION: 0.762, DATE: 0.994, ID: 0.941, MRN: 0.99, AGE: 0.949, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, codes, laws, languages and public programmes.
 * (Not yet "Dexcom G7", "NeuroStar" and "TJF-Q190V" (a scope's model), touched blind: left for a later round.)
 */
const KEEP = [
  "Spravato", "HEARTMATE 3", "LifeVest", "PillCam SB3", "Percept PC", "SynchroMed II", "OMEGAVEN", "GAMMA KNIFE ICON",
  "TRIATHLON", "C-SSRS", "PHQ-9", "MADRS", "UPDRS", "MELD 24", "NYHA II", "CPT 51728", "J2274", "Z51.11", "Samoan",
  "Medicaid", "WIC", "ELIQUIS", "DDAVP", "CEFTRIAXONE", "docetaxel", "Control-IQ", "CADD-PRIZM", "SONOSITE",
  "latanoprost", "tamsulosin", "metoprolol", "Fair Housing Act", "ICWA", "SIMPLEX P", "A9282", "L65.9", "CIWA 14",
  "NKFA", "CADSS", "Igbo-English", "Coryllos", "Carbidopa-levodopa", "indomethacin",
];

runFixtureSuite({
  title: "clinical notes fixture 33 (hand-written, blind for stop 45: report types and layouts fixtures 1-32 lack)",
  fixture: "clinical-notes-33.jsonl",
  script: "make-clinical-fixture-33.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
