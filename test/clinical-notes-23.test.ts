// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-23.jsonl (40 clinical notes
// we wrote by hand in stop 35 to measure the tree blind, in report types and settings fixtures 1-22 hold least: oral
// surgery, an FQHC dental visit, an orthodontic referral, retail optometry, a cataract pre-op, an outpatient dialysis
// unit, hospice, palliative care, a county-jail intake, a school nurse, a DOT physical, an on-site employer clinic,
// direct-to-consumer telehealth, genetic counselling, a living-donor evaluation, a transfusion reaction, post-travel
// fever, an urgent-care chain, an ambulance's care report and billing, a prior-authorisation letter, chiropractic, a TB
// contact investigation, an immunisation record, a fertility clinic, a medical examiner, a dietitian, audiology, a sleep
// study, a pharmacist's review, home infusion, a CPAP compliance letter, a poison centre, utilization review, physical
// therapy, podiatry, allergy, a mobile crisis team, a VA community-care referral, a denial appeal and a mobile
// farmworker clinic; 14 in ALL CAPS, 3 in lower case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-04 blind, on 96b4cc8's code (main at stop 35's start), with no rule written from it (wasm and js
 * alike), after three label slips were fixed (store numbers after "CVS #", "Kroger #" and a vision centre's "#" are ID, as
 * fixtures 19-22 label them; first score 0.8778 / 0.9630): any-type recall 0.8780, precision 0.9648; NAME 0.9754,
 * LOCATION 0.8810, ORGANIZATION 0.6674, DATE 0.9818, ID 0.9398, MRN 0.9630, AGE 0.7692, PHONE, FAX, EMAIL, SSN, IP,
 * URL 1.0 (any type). Upper-cased copy 0.8523 / 0.9586 (LOCATION 0.8244, ORGANIZATION 0.6050, NAME 0.9828, ID 0.9337),
 * lower-cased 0.8034 / 0.9689 (NAME 0.9656, LOCATION 0.7734, ORGANIZATION 0.4657, ID 0.9277) (scripts/case-copy.mjs).
 * After clinical round 26 (stop 35), written from its misses: see FLOOR's comment. Floors: the measured values rounded
 * down.
 */
const FLOOR = {
  // (measured after round 26, wasm and js alike: 0.8885 / 0.9641; NAME 0.9754, LOCATION 0.8867, ORGANIZATION 0.7006,
  // DATE 0.9818, ID 0.9518, MRN 0.9630, AGE 0.7692, PHONE 1.0; upper 0.8665 / 0.9559, lower 0.8044 / 0.9690; blind
  // 0.8780 / 0.9648)
  recall: 0.888, precision: 0.964,
  types: {
    NAME: 0.975, LOCATION: 0.886, ORGANIZATION: 0.70, DATE: 0.981, ID: 0.951, MRN: 0.962, AGE: 0.769, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, IP: 0.99, URL: 0.99,
  },
};

/** Words of the notes that no finding may touch: drugs, devices, scores, procedures and abbreviations. */
const KEEP = [
  "FULL BONY IMPACTIONS", "MIDAZOLAM 6 MG", "CORONECTOMY", "3-0 CHROMIC GUT", "SDF to #S", "Fluoride varnish",
  "9 mm overjet", "MRx OD -1.25-0.50x180", "C/D 0.3 OU", "BRUNESCENT NS 4+", "BRACHIOBASILIC AVF", "SPKT/V 1.42",
  "MIRCERA 100 MCG", "PPS 30%", "methadone 2.5 mg", "celiac plexus block", "CIWA 6", "albuterol inhaler",
  "WHISPER TEST PASS", "Steri-strips", "nitrofurantoin 100 mg", "BRCA1 c.4327C>T", "CROSSMATCH NEG", "MAG3 SPLIT 49/51",
  "TACO VS TRALI", "artemether-lumefantrine", "Ottawa positive", "CAM boot", "TRACTION SPLINT DEFERRED",
  "TIRZEPATIDE 5 MG", "flexion-distraction", "3HP by DOT", "tdap (boostrix)", "antagonist protocol", "Ovidrel",
  "HYPOTHERMIA", "plate method", "NAL-NL2", "AHI 48.2/H", "apixaban 5 mg BID", "ertapenem 1 g", "cavoatrial junction",
  "HIGH-DOSE INSULIN PROTOCOL", "InterQual", "BTB autograft", "probe-to-bone negative", "Xolair 300 mg",
  "C-SSRS POSITIVE", "SAFETY PLAN STARTED", "BASDAI is 6.8", "sputum afb x3",
  // (left out, false positives in the blind score: "Class II division 1", "Amsler normal", "Weber A", "POST DAT NEG",
  // "Beers", "AirSense 11" (after "ResMed"), "Ara h 2", "Ana o 3", "D.ABSM", "AuD", "IAN ON CBCT", "vis dates")
];

runFixtureSuite({
  title: "clinical notes fixture 23 (hand-written, blind for stop 35: settings and report types fixtures 1-22 lack)",
  fixture: "clinical-notes-23.jsonl",
  script: "make-clinical-fixture-23.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
