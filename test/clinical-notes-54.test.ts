// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-54.jsonl (45 texts of
// dental, school and college, and reproductive health, written by hand in stop 56 to measure the tree blind: oral
// surgery and general dentistry notes, a periodontal chart, an orthodontic referral, dental lab work orders, a
// predetermination and an EOB, a pediatric sedation record, an implant note, a hygiene recall list; school nurse logs,
// a medication authorisation, IEP and 504 health plans, immunisation letters, a concussion return-to-learn plan, sports
// and college athletes' physicals, college health and counselling visits, a study-abroad clearance, an athletic
// trainer's log; IVF cycle notes, a stimulation flowsheet, an embryology report, a frozen embryo transfer, an IUI log,
// egg donor and egg bank records, a sperm bank's vial release, a gestational carrier summary, an oncofertility consult,
// a cryostorage invoice, prenatal genetics (cfDNA, counselling, amniocentesis) and adoption medical summaries; 10 in
// ALL CAPS, 10 in lower case), on both engines, plus the words of the register no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Measured 2026-12-07 blind, on 9d902d3's code (main at stop 56's start), with no rule written from it (wasm and js
 * alike), on the texts as frozen (afafd94, 1,202 spans): any-type recall 0.9129, precision 0.9693; typed 0.8638 /
 * 0.9172; upper-cased copy 0.9206 / 0.9613 (typed 0.8709 / 0.9094), lower-cased 0.8963 / 0.9739 (typed 0.8529 /
 * 0.9268) (scripts/case-copy.mjs). One label slip fixed (487125d: a dental office's "acct" number made ID, not MRN;
 * typed 0.8646 / 0.9180, any type unchanged). By type (any type, blind): NAME 0.9321, LOCATION 0.8137, ORGANIZATION
 * 0.7492, DATE 0.9757, ID 0.9593, AGE 0.75, MRN, PHONE, FAX, EMAIL, URL, IP 1.0.
 * After clinical round 56 (stop 56, fy56: the dental and fertility register's practice heads), written from its
 * misses: any-type 0.9196 / 0.9691 (typed 0.8695 / 0.9164), LOCATION 0.8364, ORGANIZATION 0.7737; upper-cased 0.9273 /
 * 0.9612, lower-cased 0.9041 / 0.9738. Floors: the measured values after the round, rounded down.
 */
const FLOOR = {
  recall: 0.919, precision: 0.969,
  types: {
    NAME: 0.932, LOCATION: 0.836, ORGANIZATION: 0.773, DATE: 0.975, ID: 0.959, AGE: 0.75, MRN: 0.99, PHONE: 0.99,
    FAX: 0.99, EMAIL: 0.99, URL: 0.99, IP: 0.99,
  },
};

/**
 * Words of the texts that no finding may touch: drugs, dental materials and devices, programmes, scores, scales and
 * tests of the register. (Touched, so left out: "MALLAMPATI II" (after "ASA I." a name), "CAMBRA" (a town), "Herbst",
 * "Kruger", "Angle Class II", "Gundersen" (names), "Embryoscope", "Masimo", "PIO" in ALL CAPS, "ottawa" (rules; a
 * town), "Spot Vision Screener" and "Menopur  Cetrotide" of a flowsheet's header (names), "ParentSquare" (an
 * organisation), "amish" and "mould" (names in lower case).)
 */
const KEEP = [
  "MIDAZOLAM 5 MG", "LIDOCAINE 2% WITH EPI 1:100K", "ARTICAINE 4%", "PERIDEX RINSE", "ARESTIN", "EMDOGAIN",
  "MILLER CLASS II", "GONAL-F 225 IU", "MENOPUR 75 IU", "GANIRELIX", "OVIDREL 250 MCG", "PGT-A", "ALBUTEROL 2 PUFFS",
  "CONCERTA 18 MG", "OMNIPOD/DEXCOM", "INSULIN LISPRO", "HORIZON 274", "MMPI-2", "FERROUS SULFATE", "MARFAN SCREEN",
  "IMPACT BASELINE", "MENACWY", "TDAP", "ESTRACE 2 MG TID", "QUANTIFERON", "STRONGYLOIDES", "fluoride varnish",
  "phq-9 = 16", "gad-7 = 15", "c-ssrs", "audit-c", "sertraline 50 mg", "cetrotide", "baqsimi 3 mg", "dexcom g7",
  "omnipod 5", "trisomy 21", "22q11.2", "albuterol hfa", "ivoclar phonares ii", "scat5", "letrozole 5 mg", "lupron",
  "gonal-f 300", "dbt skills group", "epipen", "Eliquis 5 mg bid", "clindamycin 300 mg", "Cavit", "e.max", "Hyrax",
  "Adderall XR 10 mg", "iTero", "Depo-Provera", "Centor 4", "Biktarvy", "Plan B", "Wallace catheter",
  "Gaucher disease", "Panorama", "QuantiFERON", "Humira", "Crohn's disease", "Bio-Oss", "Septocaine", "Straumann BLT",
  "NuSmile", "Frankl 1", "Gonal-f", "Ovidrel", "ICSI", "Estrace 2 mg tid", "PIO 1 mL IM", "Cetirizine 10 mg",
  "EpiPen 0.3 mg", "Parkinson disease", "Kitazato", "Foresight", "NIPT", "chlorhexidine 0.12%", "ISQ 74",
  "amoxicillin 500", "ImPACT post-injury", "PsyD", "D7140", "Amoxicillin 500 mg bid",
];

runFixtureSuite({
  title: "clinical notes fixture 54 (hand-written, blind for stop 56: dental, school and college, reproductive health)",
  fixture: "clinical-notes-54.jsonl",
  script: "make-clinical-fixture-54.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
