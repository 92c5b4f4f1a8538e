// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-28.jsonl (40 clinical notes
// we wrote by hand in stop 40 to measure the tree blind, in report types and settings fixtures 1-27 hold least: a
// mass-casualty triage log, a grain-bin rescue, a hazmat decontamination log, a tree-stand fall, a logger's injury, a
// fisherman's injury, an NEMT trip log, a paediatric ATV rollover, a death certificate worksheet, an annual wellness
// visit, a scabies line list, a lightning strike, a compounding error report, a raft guide's submersion, a NEISS
// fireworks abstract, ranch frostbite, a beekeeper's anaphylaxis call, a Plain-community postpartum visit, a
// teledermatology e-consult, a rabies PEP record, a Lyme case investigation, a church-supper outbreak interview, a CO
// family cluster, a Plan of Safe Care, a nephrology e-consult, a trampoline-park injury, an equine kick, a centenarian's
// geriatric assessment, a tattoo infection, a measles exposure letter, a home health aide plan, a vaccine exemption
// letter, a PDMP review, a tribal CHR visit, a magnet ingestion, a POLST renewal, an e-bike crash, a boarding-school
// health log, a quarry submersion and a veterinary-vaccine needlestick; 16 in ALL CAPS, 4 in lower case), on both
// engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-05 blind, on 8e0e59c's code (main at stop 40's start), with no rule written from it (wasm and js
 * alike). First score, on the notes as frozen (335c8cd): any-type recall 0.8303, precision 0.9703; NAME 0.9469,
 * LOCATION 0.8325, ORGANIZATION 0.5952, DATE 0.9367, ID 0.6667, MRN 0.7660, AGE 0.5417, PHONE, FAX, EMAIL, SSN 1.0 (any
 * type); upper-cased copy 0.8136 / 0.9622, lower-cased 0.7500 / 0.9805 (scripts/case-copy.mjs). Fifteen label slips
 * were then fixed, no text changed, all read from that score's misses and false positives: a tribe left unlabelled
 * ("OSAGE NATION", while "KNIK TRIBE" was labelled); a logging unit labelled as an ID ("UNIT 44-11" of a timber sale:
 * like fixture 27's "Campo 4 citrus block", a place code, no PHI); seven agencies left unlabelled where the same notes
 * label others ("OSHA NOTIFIED", "FDA MedWatch", "by DHEC", "DPS TROOPER", "per KDHE", "(SC DHEC)", "DOH EPI"); two
 * public programmes labelled as organisations ("LIEAP", "SOONERCARE": programmes, like fixture 27's "Apple Health",
 * are no PHI; the SoonerCare member number stays HEALTHPLAN); five state names left unmarked, now `ignored` (STATE) as
 * everywhere ("Massachusetts Virtual Epidemiologic Network", "Commonwealth of Kentucky", "Tennessee PDMP", "NH POLST",
 * "KY license"). After them, blind (8e0e59c's code on the fixed labels): any-type recall 0.8286, precision 0.9715;
 * NAME 0.9469, LOCATION 0.8325, ORGANIZATION 0.5851, DATE 0.9367, ID 0.6723, MRN 0.7660, AGE 0.5417, PHONE, FAX,
 * EMAIL, SSN 1.0 (any type). Upper-cased copy 0.8119 / 0.9634 (NAME 0.9329, LOCATION 0.8161, ORGANIZATION 0.5362, ID
 * 0.6681, AGE 0.5000), lower-cased 0.7488 / 0.9809 (NAME 0.8923, LOCATION 0.7128, ORGANIZATION 0.3915, DATE 0.9344,
 * MRN 0.7021, AGE 0.5000). After clinical round 31 (stop 40, fx28), written from its misses: see FLOOR's comment.
 * Floors: the measured values rounded down.
 */
const FLOOR = {
  // (measured after round 31, wasm and js alike: 0.8484 / 0.9729; NAME 0.9706, LOCATION 0.8325, ORGANIZATION 0.5851,
  // DATE 0.9367, ID 0.8067, MRN 0.7660, AGE 0.8750; upper 0.8314 / 0.9650, lower 0.7748 / 0.9824; blind 0.8286 / 0.9715)
  recall: 0.848, precision: 0.972,
  types: {
    NAME: 0.970, LOCATION: 0.832, ORGANIZATION: 0.585, DATE: 0.936, ID: 0.806, MRN: 0.765, AGE: 0.875, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99,
  },
};

/** Words of the notes that no finding may touch: drugs, devices, scores, eponyms, programmes and abbreviations. */
const KEEP = [
  "epipen", "hyperrab", "imovax", "SHINGRIX", "Steri-Strips", "MINI-COG 4/5", "TUG 16 SEC", "MoCA 19/30", "GDS-15 3",
  "MNA 22", "apgar 8/9", "Ottawa rules", "LICHTENBERG FIGURES", "Bell's", "Eat-Sleep-Console", "CMS-485",
  "CAPTA", "DNRO", "empagliflozin", "chlorthalidone", "tacrolimus", "clarithromycin", "IVERMECTIN/PERMETHRIN",
  "COFFERDAM PANELS", "KERAUNOPARALYSIS", "TLSO", "naloxone",
];

runFixtureSuite({
  title: "clinical notes fixture 28 (hand-written, blind for stop 40: settings and report types fixtures 1-27 lack)",
  fixture: "clinical-notes-28.jsonl",
  script: "make-clinical-fixture-28.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 40,
});
