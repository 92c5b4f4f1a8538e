// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-29.jsonl (40 clinical notes
// we wrote by hand in stop 41 to measure the tree blind, in report types and settings fixtures 1-28 hold least: a CARES
// arrest registry abstract, a trauma registry abstract, a hurricane special-needs shelter roster, a wildfire evacuation
// roster, an OR schedule board, a MEPS exam, a juvenile detention intake, a beryllium surveillance letter, an in-flight
// emergency consult log, an HIM delinquent-records notice, a capacity huddle, a stem-cell apheresis record, a telemetry
// monitor log, a body donation record, a jail pill-pass exceptions list, a dosimetry investigation, a syringe services
// log, a doula visit, a peer recovery note, a community paramedicine visit, a cancer registry abstract, a child
// fatality review, a marrow donor workup, a gestational carrier screening, a well-water methemoglobinemia
// investigation, a telepsychiatry consult, a low-vision evaluation, a disclosure meeting, an exertional heat stroke
// report, a PACT Act screen, a nursery census, a scoliosis screening letter, a sealant programme roster, a trial
// screening log, a polar station telemedicine consult, a naloxone leave-behind, cholinesterase monitoring, a wilderness
// therapy log, an AAC evaluation and a bereavement call log; 16 in ALL CAPS, 4 in lower case), on both engines, plus
// the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on dd2f424's code (main at stop 41's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (74dae5b): any-type recall 0.8468, precision 0.9615; NAME 0.9428,
 * LOCATION 0.7878, ORGANIZATION 0.5807, DATE 0.9680, ID 0.7536, MRN 0.7500, AGE 0.8000, PHONE 0.9923, FAX, EMAIL, SSN,
 * URL, IP 1.0 (any type); upper-cased copy 0.8416 / 0.9543, lower-cased 0.7888 / 0.9756 (scripts/case-copy.mjs). Five
 * label slips were then fixed, no text changed, all read from that score's misses and false positives: a county's
 * circuit court labelled as a county ("Montgomery County" LOCATION-OTHER before "Circuit Court": a court is an
 * organisation, whole, as fixture 28 labels courts), and four public programmes labelled as organisations ("Grants to
 * Counties", "healthy start", "Babies Can't Wait", "Missouri HealthNet": programmes, like fixture 28's "SOONERCARE" and
 * "LIEAP", are no PHI; the HealthNet number stays HEALTHPLAN). After them, blind (dd2f424's code on the fixed labels):
 * any-type recall 0.8505, precision 0.9620; NAME 0.9428, LOCATION 0.7868, ORGANIZATION 0.6012, DATE 0.9680, ID 0.7536,
 * MRN 0.7500, AGE 0.8000, PHONE 0.9923, FAX, EMAIL, SSN, URL, IP 1.0 (any type). Upper-cased copy 0.8453 / 0.9547 (NAME
 * 0.9370, LOCATION 0.7800, ORGANIZATION 0.5867), lower-cased 0.7928 / 0.9766 (NAME 0.9179, LOCATION 0.6531,
 * ORGANIZATION 0.4393, ID 0.7488, MRN 0.7083). After clinical round 32 (stop 41, fx29), written from its misses: see
 * FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 32, wasm and js alike: 0.8604 / 0.9624; NAME 0.9575, LOCATION 0.7868, ORGANIZATION 0.6012,
  // DATE 0.9817, ID 0.7536, MRN 0.9167, AGE 1.0; upper 0.8552 / 0.9552, lower 0.8027 / 0.9769; blind 0.8505 / 0.9620)
  recall: 0.860, precision: 0.962,
  types: {
    NAME: 0.957, LOCATION: 0.786, ORGANIZATION: 0.601, DATE: 0.981, ID: 0.753, MRN: 0.916, AGE: 0.99, PHONE: 0.992,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the notes that no finding may touch: drugs, devices, scores, codes, eponyms and programmes. (Not yet "Cobb
 * angle" and "Adams forward bend", read as a town and a name since the blind score: left for a later round.)
 */
const KEEP = [
  "AMIODARONE", "PLERIXAFOR", "SPECTRA OPTIA", "MAYSI-2", "ISHIHARA 14/14", "METHACHOLINE", "BeLPT", "narcan",
  "test strips", "C-SSRS", "PHQ-A 21", "Oncotype DX RS 14", "AJCC 8th", "Eschenbach", "OrCam",
  "Similac", "ECOG 1", "Butterfly iQ", "ertapenem", "Tobii Dynavox I-13", "GMFCS IV", "BRAT",
  "WBGT 31.2", "29 CFR 1910.1024", "E-CODE V86.55", "ISS 29", "CPC 1", "faricimab", "cephalexin", "Seldinger",
];

runFixtureSuite({
  title: "clinical notes fixture 29 (hand-written, blind for stop 41: settings and report types fixtures 1-28 lack)",
  fixture: "clinical-notes-29.jsonl",
  script: "make-clinical-fixture-29.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
