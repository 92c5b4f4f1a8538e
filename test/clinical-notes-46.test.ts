// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-46.jsonl (45 texts of
// oncology, infusion, genetics and clinical research, written by hand in stop 52 to measure the tree blind: tumour-board
// summaries, medical and radiation oncology consults and treatment summaries, infusion nursing notes, port, PICC and pump
// logs, a transplant summary, oncology and specialty pharmacy with copay cards and foundations, genetic counselling
// letters and pedigrees, a molecular pathology report, cancer-registry abstracts and letters, trial screening logs,
// enrolment, consent, monitoring and serious adverse event reports, biobank manifests, survivorship, fertility
// preservation, palliative and hospice notes, lodging and rides, texts, chats, e-mails and portal messages; 15 in ALL
// CAPS, 8 in lower case), on both engines, plus the words of the register no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Floors: set after the blind run (see docs/names-rounds.md, "Stop 52, fy52"); until then none.
 */
const FLOOR = {
  recall: 0, precision: 0,
  types: {},
};

/**
 * Words of the texts that no finding may touch: regimens and drugs, genes and variants, stages, scales and scores,
 * assays, trial words.
 */
const KEEP = [
  "FOLFOX + BEVACIZUMAB", "R-CHOP", "FOLFIRINOX", "TCHP", "AC-T", "pembrolizumab (Keytruda)", "OSIMERTINIB",
  "olaparib (Lynparza)", "BLINATUMOMAB", "PEGFILGRASTIM (NEULASTA ONPRO)", "FOSAPREPITANT 150 MG", "leuprolide",
  "EGFR L858R", "BRCA2, c.5946delT", "KRAS G12D", "MLH1 c.350C>T", "CT2AN1M0 STAGE IIB", "GLEASON 4+3=7",
  "ECOG 1", "Karnofsky 40", "CTCAE GRADE 3", "PPS 40%", "RECIST 1.1", "PD-L1 22C3", "ONCOTYPE DX RS 18",
  "NCT05514418", "KEYNOTE-522", "Hope and faith", "have faith lol", "Grace period", "I have no hope for a cure",
];

runFixtureSuite({
  title: "clinical notes fixture 46 (hand-written, blind for stop 52: oncology, infusion, genetics and clinical research)",
  fixture: "clinical-notes-46.jsonl",
  script: "make-clinical-fixture-46.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
