// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-61.jsonl (45 texts of
// nephrology, dialysis and transplant, written by hand in stop 60 to measure the tree blind: hemodialysis run sheets, a
// shift log with machine serials, an admission H&P, a monthly progress note, a huddle, water QA, an NHSN dialysis event;
// PD training, a peritonitis note, a remote PD visit, home HD training and a portal chat; a CKD class roster and a
// nephrology visit; CMS-2728 and CMS-2746 forms; ESRD network grievance and involuntary discharge reviews; transient
// dialysis requests; vascular access referral and operative note; dialysis social work and a missed-treatment letter;
// transplant referral, evaluation, psychosocial evaluation, selection minutes, listing and decline letters; a living
// donor advocate note and a paired-exchange letter; OPO referral, donor evaluation, a DonorNet offer log and donor
// family aftercare; post-transplant clinic, admission, biopsy, discharge, a tacrolimus log and a courier log; a prior
// authorisation and an appeal; a financial coordinator note; 10 in ALL CAPS, 10 in lower case), on both engines, plus
// the words of the register no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-07 blind, on 040a525's code (main at stop 60's start), with no rule written from it (wasm and js
 * alike), on the texts as frozen (243577e, 1,252 spans): any-type recall 0.9421, precision 0.9668; typed 0.8823 /
 * 0.9054; upper-cased copy 0.9332 / 0.9609 (typed 0.8701 / 0.8958), lower-cased 0.9187 / 0.9683 (typed 0.8625 /
 * 0.9091) (scripts/case-copy.mjs). No label slip found. By type (any type, mixed): NAME 0.9866, LOCATION 0.9460,
 * ORGANIZATION 0.6637, ID 0.9336, PHONE 0.9867, MRN, DATE, FAX, EMAIL, URL, SSN, AGE 1.0; typed ORGANIZATION 0.5465
 * (a dialysis chain's, a health system's and a hospital's names read as facilities, registries, networks, couriers and
 * labs unfound), LOCATION 0.7796, MRN 0.7931 (a shift log's MRN column and a hospital's MRN typed ID).
 * After clinical round 60 (stop 60, fa60: a NANP number written with its separators ends at its line, so a date one
 * blank after it no longer hides it; "NCPDP" an ID cue), written from its misses: any-type 0.9431 / 0.9668 (typed
 * 0.8836 / 0.9058), PHONE 1.0 (typed 0.9867), typed ID 0.9289; upper-cased 0.9342 / 0.9609, lower-cased 0.9197 /
 * 0.9683. Floors: the measured values after the round, rounded down.
 */
const FLOOR = {
  recall: 0.943, precision: 0.966,
  types: {
    NAME: 0.986, LOCATION: 0.946, ORGANIZATION: 0.663, DATE: 0.99, ID: 0.933, PHONE: 0.99, AGE: 0.99, MRN: 0.99,
    FAX: 0.99, EMAIL: 0.99, URL: 0.99, SSN: 0.99,
  },
};

/**
 * Words of the texts that no finding may touch: drugs, tests, scores, devices and words of the register. (Touched, so
 * left out: "Fresenius 2008T", "Baxter Amia", "Homechoice Claria", "ResMed AirSense 11", "Mar Cor Millenium HX",
 * "NxStage" (makers read as organisations or names), "Prograf" (a quoted brand read as a name), "SPK" (an initial),
 * "HIPP grant", "TRICARE FOR LIFE", "mssa 2/2" (a fraction read as a date), "cPRA: 37%".)
 */
const KEEP = [
  "OPTIFLUX F180NR", "EPOGEN 6,000 U", "VENOFER 100 MG", "CALCITRIOL 1 MCG", "KT/V (OLC) 1.41", "2K/2.5CA BATH",
  "EDW 82.0", "E11.22", "KDPI > 85%", "ENVARSUS XR 4 MG", "TACROLIMUS IR", "Z94.0", "T86.11", "TENCKHOFF", "ICODEXTRIN",
  "CCPD", "MAG3 SPLIT", "MYCOPHENOLATE 720 MG", "BK PCR", "sevelamer 1600 mg", "mircera 100 mcg", "cinacalcet 30 mg",
  "spkt/v 1.52", "tablo", "buttonhole", "kdqol-36", "phq-9", "valganciclovir", "bactrim ss", "cefazolin 2 g",
  "virtual xm negative", "medicare part b-id", "Optiflux F200NR", "uremic pericarditis", "permcath", "IgA nephropathy",
  "Auryxia", "amlodipine 10", "carvedilol 25 bid", "IP vancomycin 2 g", "IP ceftazidime 1 g", "mupirocin", "basiliximab",
  "methylprednisolone", "Banff grade IA", "C4d negative", "SV40 IHC", "Arteriolar hyalinosis", "belatacept", "Nulojix",
  "everolimus", "KDIGO", "thymoglobulin", "TMP-SMX", "nystatin", "Lokelma 10 g", "darbepoetin 40 mcg",
  "sodium bicarbonate 650", "Kidney Smart", "brachiobasilic AV fistula", "supraclavicular block", "SIPAT 18",
  "sirolimus", "DGF", "KPD", "LRKT", "DDKT", "CAPD", "APD", "icodextrin overnight",
];

runFixtureSuite({
  title: "clinical notes fixture 61 (hand-written, blind for stop 60: nephrology, dialysis and transplant)",
  fixture: "clinical-notes-61.jsonl",
  script: "make-clinical-fixture-61.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
