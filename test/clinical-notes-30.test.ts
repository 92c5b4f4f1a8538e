// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-30.jsonl (40 clinical notes
// we wrote by hand in stop 42 to measure the tree blind, in report types and layouts fixtures 1-29 hold least: a
// radiology protocolling worklist, a fax banner over an outside ECG, a hunger-strike monitoring sheet, an Alaska bush
// critical-care transport, an organ recovery OR timeline, a joint-registry extract, a transfusion lookback notice, a
// specimen courier manifest, a Great Lakes freighter's medical log, a returning-traveller monitoring log, a retained
// sponge event, a forensic dental identification, an immigration processing intake, an assisted-living medication
// error, an amended pathology report, a radiology peer review, a voice-dictation transcript, a care navigator's text
// thread, a CHW food-pantry referral, a chart audit, a kidney paired-exchange chain, an ROP exam, a school health
// office log, a remote monitoring alert log, a stewardship audit table, a medical repatriation, a forwarded e-mail
// thread, a templated visit header, a HUD-VASH case conference, a donor milk screening, a perinatal hospice plan, a
// medical-legal referral, a 988 follow-up, a subrogation letter, a specialty pharmacy onboarding, a Meals on Wheels
// welfare check, a hospice continuous-care log, a pre-placement exam, a cath-lab scheduling call and a tele-retinal
// screen; 16 in ALL CAPS, 4 in lower case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on 82c0d82's code (main at stop 42's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (ca205c5): any-type recall 0.8780, precision 0.9564; NAME 0.9459,
 * LOCATION 0.8365, ORGANIZATION 0.6424, DATE 0.9743, ID 0.8508, MRN 0.6667, AGE 0.6250, PHONE 0.9930, FAX, EMAIL,
 * SSN, URL, IP 1.0 (any type); upper-cased copy 0.8682 / 0.9498, lower-cased 0.8241 / 0.9666 (scripts/case-copy.mjs).
 * Three label slips were then fixed (bc410de), no text changed, all read from that score: a year left unlabelled
 * ("HIVES 2097"), a fax banner's sender number left unlabelled ("MOUND BAYOU 662 555 0142": FAX) and a registry's
 * short name ("NKR liaison": ORGANIZATION). After them, blind (82c0d82's code on the fixed labels): any-type recall
 * 0.8778, precision 0.9583; NAME 0.9459, LOCATION 0.8365, ORGANIZATION 0.6404, DATE 0.9744, ID 0.8508, MRN 0.6667,
 * AGE 0.6250, PHONE 0.9930, FAX 1.0; upper-cased copy 0.8681 / 0.9518 (NAME 0.9413, LOCATION 0.8009, ORGANIZATION
 * 0.6246), lower-cased 0.8241 / 0.9687 (NAME 0.8980, LOCATION 0.7299, ORGANIZATION 0.5300, ID 0.8343, MRN 0.6444).
 * After clinical round 33 (stop 42, fx30), written from its misses: see FLOOR's comment. Floors: the measured values
 * rounded down.
 */
const FLOOR = {
  // (measured after round 33, wasm and js alike: 0.8836 / 0.9586; NAME 0.9459, LOCATION 0.8460, ORGANIZATION 0.6404,
  // DATE 0.9860, ID 0.8508, MRN 0.7556, AGE 0.6250; upper 0.8738 / 0.9521, lower 0.8299 / 0.9689; blind 0.8778 / 0.9583)
  // (stop 43's merged tree, the floors now: 0.8996 / 0.9593; NAME 0.947, LOCATION 0.848, ORGANIZATION 0.653, DATE
  // 0.991, ID 0.939, MRN 0.933, AGE 1.0, PHONE 1.0; upper 0.8903 / 0.9529, lower 0.8632 / 0.9676)
  recall: 0.899, precision: 0.959,
  types: {
    NAME: 0.946, LOCATION: 0.847, ORGANIZATION: 0.652, DATE: 0.990, ID: 0.938, MRN: 0.932, AGE: 0.99, PHONE: 0.999,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, codes, laws and public programmes. (Not yet
 * "Tdap" after a student's given name, "MR-CONDITIONAL", "ZOLL X SERIES" and "HCV NAT", read as names since the blind
 * score: left for a later round.)
 */
const KEEP = [
  "OMNIPAQUE 350", "GLUCAGON", "RAYTEC", "HTK", "NOREPI", "IBUPROFEN 600", "PHQ-9 11", "ABFO", "PROMIS-10", "RetCam",
  "ETDRS", "C-SSRS", "Humira", "glycopyrrolate", "furosemide", "ceftriaxone", "pip-tazo", "Learjet 45", "trisomy 18",
  "glargine", "CPRA 98", "Topcon", "albuterol", "21 CFR 610.47", "45 CFR 164", "HIPAA", "Centennial Care", "HUD-VASH",
  "snap recert", "Medicaid", "EGFR 28",
];

runFixtureSuite({
  title: "clinical notes fixture 30 (hand-written, blind for stop 42: report types and layouts fixtures 1-29 lack)",
  fixture: "clinical-notes-30.jsonl",
  script: "make-clinical-fixture-30.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
