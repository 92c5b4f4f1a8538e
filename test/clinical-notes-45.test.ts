// Why this file exists: token recall and precision floors on test/fixtures/clinical-notes-45.jsonl (45 texts of
// behavioural health, psychiatry and addiction, written by hand in stop 52 to measure the tree blind: psychiatric
// admissions and discharges, ED holds and evaluations, 988 and mobile-crisis notes, commitment petitions, hearing
// minutes and an AOT report, ACT-team and case-management notes, detox, residential, OTP, buprenorphine and LAI clinics,
// a 42 CFR Part 2 consent, recovery housing and peer support, an eating-disorder program, child and adolescent
// psychiatry and a residential treatment centre, a competency evaluation, drug-court and probation letters, group
// therapy, a safety plan, collateral calls, prior-auth and pharmacy calls; 15 in ALL CAPS, 8 in lower case), on both
// engines, plus the clinical words no finding may touch.
import { runFixtureSuite } from "./helpers/fixture-suite.js";

/**
 * Floors: provisional at the freeze commit; set just below the blind scores after the blind run (see the next commit).
 */
const FLOOR = {
  recall: 0, precision: 0,
  types: {},
};

/**
 * Words of the texts that no finding may touch: drugs, scales and tools, DSM and ICD codes, holds and statutes,
 * programmes, and "Hope", "Faith", "Grace" and "Will" as words.
 */
const KEEP = [
  "VIVITROL 380 MG", "SUBLOCADE", "INVEGA SUSTENNA 156 MG", "INVEGA TRINZA", "ABILIFY MAINTENA 400 MG",
  "ARISTADA 882", "HALOPERIDOL DECANOATE", "CLOZAPINE 400", "OLANZAPINE 10 QHS", "ACAMPROSATE 666 TID",
  "C-SSRS NEG", "PHQ-9 24", "COWS 14", "BPRS 41", "EDE-Q GLOBAL 4.1", "F31.2", "F20.9", "F50.01", "F43.10",
  "ASAM LEVEL 3.5", "42 CFR PART 2", "Sertraline 150 mg", "Depakote 1000 mg", "Buprenorphine-naloxone 8/2 mg",
  "MoCA 27/30", "GAD-7 14", "AUDIT-C 9", "CRAFFT 0", "Hope I get to see", "Faith in the group",
  "Grace before dinner", "Will discuss Sublocade", "SMART Recovery", "naltrexone 50 mg", "hydroxyzine 25 mg",
  "prazosin restarted", "donepezil", "fluoxetine 10 mg", "haloperidol decanoate 100 mg", "Vivitrol 380 mg",
  "Abilify Maintena 400 mg", "Aristada 662 mg", "sublocade 300 mg", "invega sustenna at the jail",
  "hope can feel far away", "grace and peace",
];

runFixtureSuite({
  title: "clinical notes fixture 45 (hand-written, blind for stop 52: behavioural health, psychiatry and addiction)",
  fixture: "clinical-notes-45.jsonl",
  script: "make-clinical-fixture-45.mjs",
  floors: FLOOR,
  keep: KEEP,
  keepMustOccur: true,
  maxNotes: 45,
});
