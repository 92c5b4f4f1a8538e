// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-9.jsonl (37 clinical notes we
// wrote by hand to measure blind generalisation after twelve rounds, in note kinds and PHI forms fixtures 1-8 hold few
// of: ED triage and provider notes, ICU nursing, dialysis runs, radiology and pathology with accessions, psychiatry and
// social work, discharge instructions, operative team lists, consult letters with cc: blocks, release-of-information
// forms, telephone and poison-centre calls, transfer forms, interpreter, chaplain, wound and hospice notes, pedigrees,
// VA, correctional and camp forms, HL7 segments and CSV rows, sleep, occupational health, immunisations, tumour board,
// code blue, POLST, lab reports, methadone dosing, fertility, DOT exams, portal chats; 13 in ALL CAPS, 3 in lower
// case), on both engines, plus the clinical words of those notes that no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-02 (wasm and js alike): any-type recall 0.8995, precision 0.9718; NAME 0.9604, LOCATION 0.7736,
 * ORGANIZATION 0.7184, DATE 0.9857, AGE 0.8333, ID 0.7273, MRN 0.6667, PHONE, FAX, EMAIL, SSN, URL, IP 1.0 (any type).
 * Written and scored before any rule of the round (main 51bb68c): 0.8735 / 0.9735 (the precision lost since is the
 * clock times of four CSV datetimes found by the round, which the fixture leaves unlabelled as all fixtures do). Floors:
 * measured minus about half a point (AGE, 6 tokens: one).
 */
const FLOOR = {
  recall: 0.894, precision: 0.966,
  types: {
    NAME: 0.955, LOCATION: 0.768, ORGANIZATION: 0.713, DATE: 0.98, AGE: 0.66, ID: 0.72, MRN: 0.66, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, SSN: 0.99, URL: 0.99, IP: 0.99,
  },
};

/** Words of the notes that no finding may touch: scores, scales, devices, drugs, units and abbreviations. */
const KEEP = [
  "ESI 2. GCS 14", "C-COLLAR IN PLACE", "LAC TO OCCIPUT 4 CM", "RASS -2", "AC 18/450/PEEP 10/FiO2 50%",
  "levophed 0.06", "K 3.2, replaced per protocol", "OPTIFLUX 180NRE", "L BRACHIOCEPHALIC AVF", "UF 3.1 L",
  "PANCREATIC HEAD MASS WITH BILIARY DILATATION", "RECOMMEND EUS", "READ BACK", "pT3 N1a (1/19)",
  "Adenocarcinoma, moderately differentiated", "Lithium discussed with mother", "PCA HOURS",
  "Right total hip arthroplasty, anterior approach", "Accolade II stem size 5", "Trident cup 52 mm", "EBL 350 mL",
  "carbidopa-levodopa", "Health Information Management", "stage 4 pressure injury", "-125 mmHg", "END STAGE CHF",
  "BRCA1/2 founder panel", "Ashkenazi ancestry", "EFFUSION, STABLE LIGAMENTS", "EpiPen x2", "AHI 38.4/H",
  "CPAP TITRATION", "nondisplaced distal radius fx", "DTaP", "amlodipine 10 mg", "EGFR L858R",
  "concurrent chemoradiation then osimertinib", "PEA. EPI 1 MG", "ROSC", "Do Not Attempt Resuscitation",
  "TSH 0.02 (L)", "TRAb 8.4 (H)", "DOSE 95 MG METHADONE", "POSITIVE FENTANYL", "PGT-A", "14 oocytes, 11 MII",
  "VISION 20/25 OU", "HEARING WHISPER OK", "triamcinolone 0.1%", "22% TBSA FLAME BURN",
];

runFixtureSuite({
  title: "clinical notes fixture 9 (hand-written, blind: triage, ICU, dialysis, forms, HL7/CSV, letters, chats)",
  fixture: "clinical-notes-9.jsonl",
  script: "make-clinical-fixture-9.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
});
