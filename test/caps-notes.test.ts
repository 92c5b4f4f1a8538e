// Why this file exists: ALL CAPS notes must be served as well as mixed case (issue 4). Our four hand-labelled
// fixtures, upper-cased at run time with their offsets kept, hold token recall floors on both engines; a table of
// ALL CAPS shapes (transcription initials, employers, letters, relatives, clinical words that are also names) checks
// each rule of the caps9 round with hard negatives, on both engines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRedactorSync, type Redactor } from "../src/index.js";
import { newTally, scoreDocument, summarize, type Span } from "../scripts/eval-lib.mjs";

interface Note {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly Span[];
  readonly ignored: readonly Span[];
}

/** A fixture's notes upper-cased with offsets kept (a note whose length would change is left out, as tools do). */
function upperNotes(fixture: string): Note[] {
  const lines = readFileSync(join(__dirname, "fixtures", fixture), "utf8").split("\n").filter((l) => l.trim());
  const out: Note[] = [];
  for (const l of lines) {
    const n = JSON.parse(l) as Note;
    const text = n.text.toUpperCase();
    if (text.length === n.text.length) out.push({ ...n, text });
  }
  return out;
}

function score(r: Redactor, notes: readonly Note[]) {
  const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type as string)));
  const tally = newTally();
  for (const n of notes) scoreDocument(tally, n.text, n.spans, n.ignored, r.find(n.text), types);
  return summarize(tally).anyType;
}

/**
 * Any-type token recall and precision of the upper-cased fixtures, measured 2026-12-02 on both engines (before the
 * round -> after): fixture 1 recall 0.9645 -> 0.9882, 2: 0.9241 -> 0.9397, 3: 0.9224 -> 0.9317, 4: 0.8756 -> 0.9010;
 * precision 0.9750 -> 0.9866, 0.9737 -> 0.9826, 0.9860 -> 0.9910, 0.9677 -> 0.9834. Floors: measured minus about
 * half a point. Raised in stop 20 after main's second ALL CAPS round (same command, both engines): fixture 2 recall
 * 0.9584 / precision 0.9809, 3: 0.9654 / 0.9895, 4: 0.9353 / 0.9840, and fixture 5 added at 0.9130 / 0.9712.
 */
const FLOORS: ReadonlyArray<readonly [string, number, number]> = [
  ["clinical-notes.jsonl", 0.983, 0.98],
  ["clinical-notes-2.jsonl", 0.953, 0.976],
  ["clinical-notes-3.jsonl", 0.96, 0.985],
  ["clinical-notes-4.jsonl", 0.93, 0.979],
  ["clinical-notes-5.jsonl", 0.908, 0.966],
];

interface Case {
  readonly text: string;
  /** substrings that a finding must cover */
  readonly found?: readonly string[];
  /** substrings that no finding may touch */
  readonly kept?: readonly string[];
}

const CASES: readonly Case[] = [
  // transcription initials in capitals: after the signature's column, on a line of their own under it, after "TR :"
  { text: "ATTENDING : STEYCKROSS, BERNICE M.D.   XD / CM\nD: 09/19/18\nT: 09/20/18", found: ["XD", "CM"] },
  // a practice's or facility's name alone on its line (a letterhead); department words or a heading are none
  { text: "NORTHSHORE NEUROLOGY ASSOCIATES\n400 LOWELL STREET, SUITE 210", found: ["NORTHSHORE NEUROLOGY ASSOCIATES"] },
  { text: "HOSPITAL COURSE:\nEMERGENCY MEDICAL CENTER\nTHE HOSPITAL\nSEEN AT THE MEDICAL CENTER\n", kept: ["EMERGENCY", "THE HOSPITAL", "MEDICAL CENTER"] },
  { text: "HOLLIS R. BRANDT, M.D.\nHRB/KMW\nD: 08/11/2091 16:42", found: ["HRB", "KMW"] },
  { text: "DICTATED BY : SAMUEL BROOKS , NNP\nTR : KB\nDD : 11/19/03", found: ["KB"] },
  { text: "TRANSCRIBED BY: JKL   D: 02/22/2094", found: ["JKL"] },
  { text: "SECTIONS SUBMITTED IN CASSETTES A1-A9. (GROSS: RTM)", found: ["RTM"] },
  // (the echo's tricuspid regurgitation and a chief complaint are no initials)
  { text: "ECHO: EF 55%.\nTR: MILD\nMR: MOD", kept: ["MILD", "MOD"] },
  { text: "CC: SOB/DOE\nHPI: 3 DAYS OF DYSPNEA", kept: ["SOB", "DOE"] },
  { text: "TR: MIN\nPR: NONE", kept: ["MIN"] },
  // the last group of a telephone number is no house number ("OR PAGE DR." is no street)
  { text: "PATIENT MAY CALL 848-555-0156 OR PAGE DR. QUOSOTTI (PAGER #4-6007).", found: ["QUOSOTTI"], kept: ["OR PAGE"] },
  { text: "PATIENT MAY CALL 516.555.0101 OR PAGE DR. STUSHAYNE.", found: ["STUSHAYNE"], kept: ["OR PAGE"] },
  { text: "LIVES AT 12-14 MAIN ST WITH HER SON.", found: ["12-14 MAIN ST"] },
  // employers after an employment cue
  { text: "SHE WORKS WEEKENDS AT HOME DEPOT IN HOLYOKE.", found: ["HOME DEPOT"], kept: ["IN"] },
  { text: "PT WORKS AS A CASHIER AT TARGET IN DEDHAM; PLANNING FMLA.", found: ["TARGET"], kept: ["PLANNING"] },
  { text: "HE WORKS NIGHTS AT UPS; THEIR DAUGHTER IS HERE.", found: ["UPS"] },
  { text: "WORKS AS A CASHIER AT STOP & SHOP IN WALTHAM.", found: ["STOP & SHOP"] },
  { text: "PT WORKED FOR 20 YEARS AS A HOUSEKEEPER AT HOLY FAMILY HOSPITAL.", found: ["HOLY FAMILY HOSPITAL"] },
  { text: "SOFTWARE ENGINEER AT AKAMAI, REFERRED BY HIS PCP.", found: ["AKAMAI"], kept: ["REFERRED"] },
  { text: "SHE WORKS AT HOME. HE WORKS AT NIGHT. WORKED FOR YEARS AS A NURSE.", kept: ["HOME", "NIGHT", "YEARS"] },
  { text: "WORKS AT THE STORE. WORKS AT HOME PART TIME. HE IS A PROFESSOR AT COLLEGE.", kept: ["STORE", "HOME PART TIME", "COLLEGE"] },
  // clinical abbreviations and terms that are also names or towns
  { text: "BED MOBILITY: MIN ASSIST X1. ROM: L HIP FLEXION TO 70 DEG.", kept: ["MIN", "ROM", "L HIP"] },
  { text: "NOREPINEPHRINE 0.06 MCG/KG/MIN. EDD 9/19/93. 6MWT 290 M, NADIR 87%.", kept: ["MIN", "EDD", "NADIR"] },
  { text: "PLAN FOR LAP CHOLE THIS ADMISSION. WORKERS COMP CLAIM. 2. AKI: RESOLVED.", kept: ["CHOLE", "COMP", "AKI"] },
  { text: "BLOOD CULTURES GREW E. COLI. L RADIAL A-LINE 2/26. TUNICA VAGINALIS OPENED.", kept: ["E. COLI", "L RADIAL", "TUNICA"] },
  // (mixed case keeps the names)
  { text: "Seen with Dr. Min Park and Nadir Khan.", found: ["Min Park", "Nadir Khan"] },
  // a letter's subject
  { text: "RE: STUNTRERO SKOILKROSS\nMRN: 43173801", found: ["STUNTRERO SKOILKROSS"] },
  { text: "THANK YOU FOR REFERRING SKIESTOO THEYNTSTRIE, A 52-YEAR-OLD WOMAN.", found: ["SKIESTOO THEYNTSTRIE"] },
  { text: "FAX 555-0106, ATTENTION WOIMLOUSH THOIXDRALEY.\nPLAN: REHAB.", found: ["WOIMLOUSH THOIXDRALEY"] },
  { text: "RE: FOLLOWUP VISIT\nRE: LEFT KNEE PAIN", kept: ["FOLLOWUP VISIT", "LEFT KNEE PAIN"] },
  // a town-shaped city after a street and its comma
  { text: "LIVES AT 1831 PROSPECT RD, BROULFIELD; GRANDDAUGHTER AT BEDSIDE.", found: ["BROULFIELD"], kept: ["GRANDDAUGHTER"] },
  // relatives and people around the patient
  { text: "HER HUSBAND WILL HAS BEEN MORE PATIENT. HER SISTER ROSE STAYS WITH THEM.", found: ["WILL", "ROSE"], kept: ["PATIENT"] },
  { text: "HER HUSBAND WILL TAKE HER HOME. HER SISTER WILL CALL.", kept: ["WILL", "CALL", "HOME"] },
  // staff named by a given name that is an English word but no core one, as relatives are (stop 23)
  { text: "MY NURSE GABBY WILL CALL YOU TOMORROW. DOULA SAFFRON ARRIVED 0400.", found: ["GABBY", "SAFFRON"], kept: ["CALL", "ARRIVED"] },
  { text: "NURSE WILL CALL. AIDE MAY HELP. NURSE PRACTITIONER WILL SEE. NURSE AWARE. AIDE PRESENT.",
    kept: ["WILL", "MAY", "PRACTITIONER", "AWARE", "PRESENT"] },
  { text: "HIS WIFE MAY FOUND HIM CONFUSED. BROTHER FRANK CHECKS ON HIM.", found: ["MAY", "FRANK"] },
  // an in-law's core-word given name when a surname closes the field; a modal stays
  { text: "SISTER-IN-LAW MAY OKONJO-BELL. SISTER-IN-LAW MAY VISIT. BROTHER-IN-LAW RAY PETTIGREW, AT BEDSIDE.",
    found: ["MAY OKONJO-BELL", "RAY"], kept: ["VISIT"] },
  // hyphenated names in capitals keep their first half
  { text: "SURGEON: LUCIUS HARROW, MD     ASSISTANT: WEN-JIE TSAO, PA\nSINCERELY,\nJUN-SEO YOON, MD",
    found: ["WEN-JIE TSAO", "JUN-SEO YOON"] },
  { text: "MICU FLOWSHEET SUMMARY   VASQUEZ-WHITLOCK, ISIDRO   MRN 00558132", found: ["VASQUEZ-WHITLOCK, ISIDRO"] },
  { text: "X-RAY AND CT-GUIDED BIOPSY; POST-OP DAY 2", kept: ["X-RAY", "CT-GUIDED", "POST-OP"] },
  // a nursing home named with both its services
  { text: "PT AGNES FAIRCHILD, 97 Y/O, FROM PLEASANT BAY NURSING AND REHAB, ADMITTED 6/15", found: ["PLEASANT BAY NURSING AND REHAB"] },
  { text: "NEEDS NURSING AND REHAB SERVICES; SKILLED NURSING AND REHABILITATION; TO HER NURSING AND REHAB", kept: ["NEEDS", "SKILLED", "HER"] },
  { text: "SON WILL CALL. DAUGHTER MAY TAKE HIM HOME. WIFE WILL BRING MEDS. SON MAY VISIT.", kept: ["WILL", "MAY"] },
  { text: "CALLER: HOPE DELACROIX (DAUGHTER/HCP)", found: ["HOPE DELACROIX"] },
  { text: "PT: HOPE WINSLOW-ADEYEMI  MRN 4410273", found: ["HOPE WINSLOW-ADEYEMI"] },
  { text: "LIVES WITH MOTHER CARMELA AND STEPFATHER GRANT OYELOWO-PIKE. FATHER IN OHIO.", found: ["GRANT OYELOWO-PIKE"] },
  { text: "ONCOLOGIST DR. WARD; RN DAWN; SW CHRIS LAM.", found: ["DAWN"] },
  { text: "RN AWARE; MD AWARE. PT MAY CALL, PT WILL FOLLOW UP.", kept: ["AWARE", "MAY CALL", "WILL FOLLOW"] },
  // a short house number before English street words, in an address's frame (a line or field opens with it, a comma
  // or line end closes the street type); in a sentence it stays text
  { text: "ADDRESS: 8 CRANBERRY BOG LANE, HARWICH PORT 02646; LIVES WITH GRANDSON", found: ["8 CRANBERRY BOG LANE, HARWICH PORT"] },
  { text: "MR. RAIMUNDO FIGUEIREDO\n5 LANTERN WAY\nFALL RIVER, MA 02720", found: ["5 LANTERN WAY", "FALL RIVER"] },
  { text: "END-STAGE CHF, AT HOME AT 7 HARBOR VIEW TERRACE, RYE, NH.", found: ["7 HARBOR VIEW TERRACE"] },
  { text: "TAKE 2 PUFFS THE SAME WAY, THEN RINSE. WALKS 2 BLOCKS TO THE PARK DRIVE, TIRED.", kept: ["2 PUFFS", "SAME WAY", "2 BLOCKS", "PARK DRIVE"] },
  // a parenthesis opens the frame too; a dose in parentheses stays text
  { text: "PT BIB FIRE RESCUE FROM HOME (44 QUARRY LN, AVON). TAKE (2 PUFFS EVERY WAY, DAILY).", found: ["44 QUARRY LN, AVON"],
    kept: ["2 PUFFS EVERY WAY"] },
  { text: "CALCULATED AORTIC VALVE AREA IS 1.3 CM SQUARE WITH A MAXIMUM GRADIENT; WBC 7.2 (3.8-10.8 THOUSAND/UL)", kept: ["CM SQUARE", "THOUSAND"] },
  { text: "GRADE: 2 SMALL WOUND CENTER VISITS, THEN HOME.", kept: ["SMALL WOUND CENTER"] },
  // a letter's subject line: a given name that is also a word, then a surname closing the field; form labels
  { text: "RE: HOPE DELACROIX   DOB: 10/09/1961\n\nDEAR DR. OBI:", found: ["HOPE DELACROIX"] },
  { text: "RE: WILL COVERAGE\nRE: MAY REFILL\nRE: FOLLOWUP VISIT", kept: ["WILL COVERAGE", "MAY REFILL", "FOLLOWUP VISIT"] },
  { text: "GUARANTOR: OSAGIE IDAHOSA (SELF)   ADDRESS: 88 QUINCY ST", found: ["OSAGIE IDAHOSA"] },
  // a street after "ON" without a house number, closed by its town or its line
  { text: "REFILL OF AMLODIPINE TO CVS ON MAIN ST IN SHREWSBURY.", found: ["MAIN ST", "SHREWSBURY"] },
  { text: "RAHUL AT WALGREENS #10442 ON BOSTON POST ROAD, SUDBURY (978-555-0156)", found: ["BOSTON POST ROAD, SUDBURY"] },
  // (round 17: "PARK AVE" after "ON" is a street as mixed case's "on Park Ave" is; this row had recorded it kept, a
  // miss, since no town or line end closed it; the clause's "SAID" stays a word)
  { text: "HE WAS ON HIS WAY, HE SAID. ON THE SAME ROAD IN TRAFFIC. ON PARK AVE SAID MY KNEE", found: ["PARK AVE"],
    kept: ["HIS WAY", "SAME ROAD", "SAID MY"] },
  // an organisation head's "of" and its place ("VNA OF BOSTON"); a department's "of" names no place
  { text: "CODE: FULL. DISPO: HOME WITH VNA OF BOSTON WHEN STABLE.", found: ["VNA OF BOSTON"] },
  { text: "SCHOOL OF NURSING NOTE; DEPARTMENT OF HEALTH FORM; VNA OF HER CHOICE", kept: ["SCHOOL", "DEPARTMENT", "VNA OF HER"] },
  // a practice named by a place and a specialty; a specialty after an English word or a town that is a word is none
  { text: "PIONEER VALLEY CARDIOLOGY\nJULY 12, 2093\n\nCC: MEI-LING SUTHERLAND, M.D., NORWOOD ONCOLOGY\n",
    found: ["PIONEER VALLEY CARDIOLOGY", "NORWOOD ONCOLOGY"], kept: ["M.D."] },
  { text: "PEDIATRIC CARDIOLOGY AND NUCLEAR CARDIOLOGY FOLLOW; NORMAL NEUROLOGY EXAM.", kept: ["PEDIATRIC", "NUCLEAR", "NORMAL NEUROLOGY"] },
  { text: "SUBSCRIBER: MARISOL QUINTANILLA-REYES\nWITNESS: DRUSILLA OKONJO, RN", found: ["MARISOL QUINTANILLA-REYES", "DRUSILLA OKONJO"] },
];

function covered(r: Redactor, text: string, part: string): boolean {
  const at = text.indexOf(part);
  expect(at, part).toBeGreaterThanOrEqual(0);
  return r.find(text).some((f) => f.start <= at && f.end >= at + part.length);
}

function touched(r: Redactor, text: string, part: string): boolean {
  const at = text.indexOf(part);
  expect(at, part).toBeGreaterThanOrEqual(0);
  return r.find(text).some((f) => f.start < at + part.length && f.end > at);
}

describe.each(["wasm", "js"] as const)("ALL CAPS notes (%s engine)", (engine) => {
  const r = createRedactorSync({ engine });

  it.each(FLOORS)("upper-cased %s keeps token recall >= %s and precision >= %s", (fixture, recall, precision) => {
    const sum = score(r, upperNotes(fixture));
    expect(sum.recall).toBeGreaterThanOrEqual(recall);
    expect(sum.precision).toBeGreaterThanOrEqual(precision);
  });

  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    for (const part of c.found ?? []) expect(covered(r, c.text, part), `found: ${part}`).toBe(true);
    for (const part of c.kept ?? []) expect(touched(r, c.text, part), `kept: ${part}`).toBe(false);
  });
});
