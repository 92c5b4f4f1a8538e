// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-27.jsonl (40 clinical notes
// we wrote by hand in stop 39 to measure the tree blind, in report types and settings fixtures 1-26 hold least: an STI
// partner-notification record, a life-insurance paramedical exam, a blood-donor deferral letter, a plasma-centre donor
// reaction, a mammography recall letter, a DEXA report, I-131 radiation-safety instructions, a remote ICD transmission,
// an insulin pump start, a medical cannabis certification, a post-COVID clinic, a gender-affirming hormone visit, a
// vasectomy consult, an early pregnancy loss visit, a CF clinic, a cleft team conference, paediatric home-ventilator
// nursing, a paternity-test chain of custody, a legal blood draw, an eloped patient, a Silver Alert return, a hospital
// security incident, a human-trafficking screen, a wildland firefighter's injury, rodeo sports medicine, a marathon
// tent log, a festival tent log, a farmworker clinic, an audiogram, a respirator clearance, an FAA exam, a diver's
// exam, lithotripsy, an anaesthesia record, a disability insurer's statement, a record-amendment letter, a snakebite
// consult, a spina bifida clinic, an eating disorder admission and a pump recall letter; 16 in ALL CAPS, 4 in lower
// case), on both engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on ffd1a4f's code (main at stop 39's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (0296cb4): any-type recall 0.8442, precision 0.9573; upper-cased copy
 * 0.8226 / 0.9508, lower-cased 0.7794 / 0.9650. Twenty-two label slips were then fixed, no text changed. Ten read from
 * that score's misses and false positives: an age over 89 left unlabelled ("a 94 y.o. man"); two parts of a venue named
 * by a code labelled as places ("the north stage", "the Campo 4 citrus block": like room and bed codes, no PHI); two
 * organisations cut short ("KESTREL LIFE" was "KESTREL", "Excellus BCBS" was "Excellus"); four public programmes
 * labelled as organisations ("Apple Health", "Medicaid Transportation", "ECI", "Texas Health Steps": programmes, like
 * Medicaid and fixture 26's "Early ACCESS", are no PHI); one plan's programme word inside its insurer ("HMSA QUEST" ->
 * "HMSA", as fixture 26's "SUPERIOR HEALTHPLAN STAR+PLUS"). Twelve found during round 30, when fixture 9's gold
 * "Stryker" (ORGANIZATION) showed the fixtures' convention, makers and carriers named as such are organisations
 * (fixture 26's "MECTA", "3M", "Spee-Dee Delivery"): "RESMED", "HOLOGIC", "DYNAGEN", "dexcom", "MASIMO", "MAICO",
 * "MSA", "Cessna", "STORZ", "Ki Mobility", "FEDEX", "UPS" had been left unlabelled. After them, blind (ffd1a4f's code
 * on the fixed labels): any-type recall 0.8433, precision 0.9573; NAME 0.9550, LOCATION 0.7831, ORGANIZATION 0.6189,
 * DATE 0.9885, ID 0.7926, MRN 0.8864, AGE 0.7143, PHONE, FAX, EMAIL, SSN, URL 1.0 (any type). Upper-cased copy 0.8221
 * / 0.9512 (NAME 0.9489, LOCATION 0.7234, ORGANIZATION 0.5820, ID 0.7983), lower-cased 0.7803 / 0.9672 (NAME 0.9069,
 * LOCATION 0.6856, ORGANIZATION 0.4529, DATE 0.9862, ID 0.7926) (scripts/case-copy.mjs). After clinical round 30
 * (stop 39, fx27), written from its misses: see FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 30, wasm and js alike: 0.8492 / 0.9629; NAME 0.9565, LOCATION 0.7831, ORGANIZATION 0.6496,
  // DATE 0.9885, ID 0.7926, MRN 0.8864, AGE 0.8571; upper 0.8266 / 0.9565, lower 0.7848 / 0.9724; blind 0.8433 / 0.9573)
  recall: 0.849, precision: 0.962,
  types: {
    NAME: 0.956, LOCATION: 0.783, ORGANIZATION: 0.649, DATE: 0.988, ID: 0.792, MRN: 0.886, AGE: 0.857, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99,
  },
};

/** Words of the notes that no finding may touch: drugs, devices, scores, eponyms, programmes and abbreviations. */
const KEEP = [
  "CroFab", "Anavip", "Humira", "Trikafta", "RhoGAM", "Lorsban", "FRAX", "DAS28-CRP 4.9", "NEXUS NEG", "FAST 6a",
  "MoCA 27/30", "PHQ-9 11", "Epworth 9", "BI-RADS 0", "ASA 3E", "ALDRETE 9", "Mitrofanoff", "Lofstrand", "Peristeen",
  "Silver Alert", "LATITUDE NXT", "PORTACOUNT", "PENCAN", "Crede maneuver", "NASA lean test", "DSQ-PEM",
  "ivabradine", "Valsalva", "benzathine penicillin G", "10 CFR 35.75", "SSDI", "HORIZON A", "AIRSENSE 11", "The Vest",
  "SLING AND SWATHE", "TUMS", "Furlow", "Chiari II", "Ishihara", "CEFAZOLIN", "OSHA", "EXETER STEM",
];

runFixtureSuite({
  title: "clinical notes fixture 27 (hand-written, blind for stop 39: settings and report types fixtures 1-26 lack)",
  fixture: "clinical-notes-27.jsonl",
  script: "make-clinical-fixture-27.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
