// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-43.jsonl (45 texts of
// surgical and procedural care, written by hand in stop 51 to measure the tree blind: pre-op H&Ps and an anaesthesia
// pre-assessment, a cardiology clearance letter, a booking sheet, an OR schedule board, a prior authorization, consent
// forms and a consent discussion with an interpreter, operative notes (cholecystectomy, CABG, hip fracture, robotic
// prostatectomy, living-donor nephrectomy, Mohs, cataract), an anaesthesia record, a PACU note, an ambulatory-surgery
// discharge, a perioperative nursing record, implant logs with UDIs, a device registration letter, a tissue-allograft
// record, cath-lab, IR and endoscopy reports (EGD, colonoscopy, ERCP), a pathology requisition, a frozen-section log and
// a surgical pathology report, OPO referral and coordinator notes, a transplant coordinators' chat, a tumour board, a
// safety event, NHSN SSI surveillance and follow-up calls, a CTICU handoff, a post-op visit, reps', schedulers' and
// patients' texts and portal messages; 15 in ALL CAPS, 8 in lower case), on both engines, plus the clinical words no
// finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured after the freeze; see FLOOR's comment. Floors: the measured values rounded down.
 */
const FLOOR = {
  recall: 0, precision: 0,
  types: {},
};

/**
 * Words of the texts that no finding may touch: drugs, devices and materials, eponyms, scores and codes.
 */
const KEEP = [
  "PROPOFOL 60 MG", "SUGAMMADEX 200 MG", "ROCURONIUM 40 MG", "CEFAZOLIN 2 G", "Ancef 2 g", "Kcentra not given",
  "Heparin reversed with protamine", "HYDROMORPHONE 0.2 MG", "ONDANSETRON 4 MG", "ELIQUIS", "FOLFIRINOX",
  "da Vinci Xi", "BAIR HUGGER", "Cell Saver", "Prolene, Vicryl, Monocryl", "DERMABOND",
  "Impella not used", "GLIDESCOPE", "ENDOCATCH BAG", "V-Loc", "TR BAND", "MALLAMPATI III", "Mallampati IV",
  "REVERSE TRENDELENBURG", "ALLEN TEST NORMAL", "Lichtenstein", "Whipple", "Child-Pugh A", "ASA III", "RCRI 2",
  "STOP-BANG 5", "ALDRETE 8", "APFEL 3", "CAPRINI 6", "Gleason 4+3", "WOUND CLASS III", "CPT 47562", "K80.00",
  "STS PROM 2.1%", "BBPS 8", "Palacos R+G", "Foley 18 Fr", "BLAKE 19 FR", "ROPIVACAINE", "MIDAZOLAM 2 MG",
];

runFixtureSuite({
  title: "clinical notes fixture 43 (hand-written, blind for stop 51: surgical and procedural care)",
  fixture: "clinical-notes-43.jsonl",
  script: "make-clinical-fixture-43.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
