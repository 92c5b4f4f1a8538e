// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-60.jsonl (45 texts of
// obstetrics and perinatal care, written by hand in stop 59 to measure the tree blind: prenatal visits (an FQHC new-OB
// intake, a midwifery return visit, a CenteringPregnancy roster), OB triage and a triage phone log, an L&D admission,
// a labour progress note, vaginal, twin and cesarean deliveries, an epidural note, a delivery log, a postpartum
// hemorrhage and a preeclampsia readmission; newborn H&P, nursery census, circumcision, hearing screen, nursery
// discharge, a pediatric I-PASS hand-off, NICU admission and transport; MFM (a tele-MFM consult, genetic counselling,
// NIPT, Rh immune globulin, glucose tolerance), anatomy and growth ultrasounds, a state newborn screen; postpartum
// visit and call, lactation, doula and Nurse-Family Partnership visits, WIC, Healthy Start and presumptive eligibility
// forms, a birth certificate worksheet, perinatal social work, a planned home birth and a birth center transfer, a
// fetal demise, a portal chat, a prenatal records fax from Bethel; 10 in ALL CAPS, 10 in lower case), on both engines,
// plus the words of the register no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-07 blind, on f4dcdd1's code (main at stop 59's start), with no rule written from it (wasm and js
 * alike), on the texts as frozen (f01c743, 1,337 spans): any-type recall 0.9249, precision 0.9535; typed 0.8597 /
 * 0.8863; upper-cased copy 0.9144 / 0.9510 (typed 0.8495 / 0.8835), lower-cased 0.8994 / 0.9667 (typed 0.8438 /
 * 0.9070) (scripts/case-copy.mjs). No label slip found. By type (any type, mixed): NAME 0.9751, LOCATION 0.8405,
 * ORGANIZATION 0.6826, ID 0.9657, MRN 0.9826, DATE, PHONE, FAX, EMAIL, URL, SSN, AGE 1.0; typed MRN 0.7035 (charts
 * under a census's or a log's MRN column, a value after "MRNs" and one whose prefix is another cue's word typed ID).
 * After clinical round 59 (stop 59, fy59: a twin's surname before ", Twin A", a core-word surname after "BABY BOY" when
 * the birth weight follows, "MRNs" an MRN cue), written from its misses: any-type 0.9264 / 0.9542 (typed 0.8621 /
 * 0.8880), NAME 0.9774, MRN 1.0 (typed 0.7384); upper-cased 0.9159 / 0.9510, lower-cased 0.9009 / 0.9674. Floors: the
 * measured values after the round, rounded down.
 */
const FLOOR = {
  recall: 0.926, precision: 0.954,
  types: {
    NAME: 0.977, LOCATION: 0.840, ORGANIZATION: 0.682, DATE: 0.99, ID: 0.965, PHONE: 0.99, AGE: 0.99, MRN: 0.99,
    FAX: 0.99, EMAIL: 0.99, URL: 0.99, SSN: 0.99,
  },
};

/**
 * Words of the texts that no finding may touch: drugs, tests, scores, devices and words of the register. (Touched, so
 * left out: "Hazelbaker", "Hadlock", "Tuohy", "Ortolani/Barlow" (eponyms the surname lists hold), "Natera Panorama",
 * "Natus ALGO 5", "Dexcom G7" (makers read as organisations), "CenteringPregnancy" (a roster's heading read as an
 * organisation), "Hep C Ab+", "Cat I" (a letter read as an initial), "LGA".)
 */
const KEEP = [
  "COROMETRICS 259CX", "BETAMETHASONE X1", "CUROSURF 200 MG/KG", "RHOPHYLAC 300 MCG", "KLEIHAUER-BETKE",
  "PROPIONYLCARNITINE", "BUPRENORPHINE", "GE VOLUSON E10", "CEFAZOLIN 2 G", "AZITHROMYCIN 500 MG", "DURAMORPH 150 MCG",
  "FRANK BREECH", "BILATERAL SALPINGECTOMY", "PIH PANEL", "GBS POSITIVE", "ALBUTEROL PRN", "medela symphony",
  "spectra s1", "omnipod", "similac", "cabergoline", "misoprostol", "unisom", "epds", "pack-n-play", "sitz bath",
  "aspirin 81 mg", "Tdap", "cfDNA", "nifedipine XL 60 mg", "aspirin 162 mg", "betamethasone", "HBB gene",
  "beta-thalassemia", "amniocentesis", "22q11.2 deletion", "Trisomy 21", "One Touch meter", "polyhydramnios",
  "Pitocin 10 mU/min", "AROM 12:40", "4-0 Vicryl", "erythromycin eye ointment", "vitamin K", "Nuchal cord",
  "Methergine 0.2 mg", "TXA 1 g", "0.125% bupivacaine", "CADD-Solis", "oxytocin 40 U", "methylergonovine",
  "carboprost 250 mcg", "Bakri balloon", "magnesium 4 g load", "labetalol 20 mg IV", "sacral dimple", "PCN G",
  "EOS calculator", "Gomco 1.3 clamp", "Plastibell", "petrolatum gauze", "AABR", "cCMV", "ampicillin/gentamicin",
  "surfactant", "ROP screening", "UVC 5 Fr", "methadone 90 mg", "TcB 13.1", "CCHD pass", "OGTT", "pelvic floor PT",
  "LAM counselled", "Apgars 8/9", "I-PASS", "WATCHER", "MVP 5.1 CM", "BPP 8/8", "UA Doppler", "Rh neg", "RhIG",
  "IV iron", "ESC q3h", "late preterm pathway", "donor milk", "frenotomy", "tongue tie", "laid-back position",
  "kick counts", "fundal height", "GDM A2", "FGR", "PPROM", "QBL 340 mL", "VBAC", "TOLAC", "NSVD", "SROM", "DCDA twins",
];

runFixtureSuite({
  title: "clinical notes fixture 60 (hand-written, blind for stop 59: obstetrics and perinatal care)",
  fixture: "clinical-notes-60.jsonl",
  script: "make-clinical-fixture-60.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
