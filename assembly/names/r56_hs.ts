// Why this file exists: stop 56's facility rules (hs56), kept out of detect.ts: a facility found without its first
// words, "Grand Strand Medical Center" found as "Strand Medical Center", "REGIONAL WEST MEDICAL CENTER" as "WEST MEDICAL
// CENTER", "Nationwide Children's Hospital" as "Children's Hospital" (the older rules start a name at its first word
// that is no English word or is a place, and a hospital's name often opens with an English word), and a campus glued
// to the hospital's head by a hyphen, "LEHIGH VALLEY HOSPITAL-CEDAR CREST", "essentia health-moose lake" (docs/names-
// rounds.md, "Stop 56, hs56").
import { byteAt, inLen, isAlpha } from "../input";
import { edIng, isDigit, lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { CAPS_FINITE_VERBS, MODAL_WORDS, shape45b } from "./detect";

// (hs56) words that never open a hospital's name but may stand right before one: prepositions, articles, the cue and
// field words of a note ("Location:", "PCP", "Hospital:"), the verbs of care ("admitted", "seen") and the names of a
// note's parts ("REPORT", "NOTE"), which a heading in capitals puts one blank before the hospital, a field's words
// ("Insurance", "Coverage"), a department's abbreviations ("VASC SURG"), "ANY", "CHURCH", "AUTHORIZE" and the function
// words of Spanish notes in capitals ("EN LA EXPLORACIÓN CLÍNICA", "CUANDO COMENZÓ CON LA CLÍNICA")
const STOP56 = "\u0002at\u0002to\u0004from\u0002in\u0002on\u0002of\u0002by\u0003via\u0003for\u0003and\u0002or\u0003the\u0001a\u0002an\u0004with\u0003per\u0004seen\u0005admit\u0008transfer\u0008referral\u0004call\u0007contact\u0008location\u0008hospital\u0008facility\u0004site\u0003pcp\u0002dr\u0002md\u0002rn\u0002np\u0002pa\u0006status\u0006report\u0004note\u0007summary\u0002ed\u0002er\u0003icu\u0004unit\u0004then\u0003now\u0004also\u0007outside\u0005local\u0004area\u0005prior\u0004home\u0007patient\u0002pt\u0009admission\u0004sent\u0005visit\u0004went\u0002is\u0003was\u0003are\u0003our\u0003his\u0003her\u0005their\u0004this\u0004that\u0004into\u0005after\u0006before\u0005since\u0005until\u0004when\u0005where\u0003who\u0002if\u0002as\u0003but\u0003not\u0002no\u0003new\u0007consult\u0006record\u0007records\u0003log\u0004form\u0006letter\u000aevaluation\u000aassessment\u0009flowsheet\u0006export\u0007history\u0008physical\u0008progress\u0009discharge\u0006triage\u0009procedure\u000adepartment\u0007service\u0004dear\u0003son\u0004wife\u0005today\u0009insurance\u0008coverage\u0005payer\u0004plan\u0008supplier\u0004team\u0007through\u0004like\u0003get\u0005refer\u0004last";
// (hs56) more of them: the function words of Spanish notes in capitals and a few words seen before a facility in capitals
// (a second list: a list holds 128 words at most)
const STOPB56 = "\u0002en\u0002la\u0002el\u0003los\u0003las\u0002de\u0003del\u0002se\u0003por\u0003con\u0003una\u0002un\u0003sin\u0004ante\u0002al\u0006cuando\u0006cuatro\u0004tras\u0003dos\u0004tres\u0003any\u0006church\u0009authorize\u0004vasc\u0004surg";

/** (hs56) [a, e) is a word of STOP56 or STOPB56. */
function stop56(a: u32, e: u32): bool {
  return wordIndex(STOP56, a, e) >= 0 || wordIndex(STOPB56, a, e) >= 0;
}

// (hs56) in capitals a phrase opens one blank after these words only ("SEEN AT", "TRANSFERRED TO")
const PREP56 = "\u0002at\u0002to\u0004from\u0002in\u0003via\u0002by\u0003and\u0002or";

/**
 * (hs56) The word [a, e) may open a hospital's name before the facility found: a word of two letters or more in the
 * facility's case `sh`, glued to nothing before it (an apostrophe, a hyphen, a period, "&", "/" or a digit: "St.
 * Mary's", "Wilkes-Barre" are older rules' words), not a word of STOP56 and no verb's or gerund's form in "-ed" or
 * "-ing" ("CALLED", "REGARDING"), no modal's or finite verb's word ("SEE", "WILL", "VISITS").
 */
function leadWord56(a: u32, e: u32, sh: u32): bool {
  if (e - a < 2 || shape45b(a) != sh) return false;
  if (a > 0) {
    const b = byteAt(a - 1);
    if (b == 0x27 || (b == 0x2d || (b == 0x2e || (b == 0x26 || (b == 0x2f || isDigit(b)))))) return false;
    if (b >= 0x80) return false;
  }
  if (stop56(a, e)) return false;
  // (a modal's or a finite verb's word: "TO SEE RIVERSIDE HOSPITAL", "WILL ...", "VISITS ..."; the merge of stop 56, after
  // places-53's hard negative "HE WENT TO SEE RIVERSIDE HOSPITAL STAFF.")
  if (wordIndex(MODAL_WORDS, a, e) >= 0 || wordIndex(CAPS_FINITE_VERBS, a, e) >= 0) return false;
  if (sh == 2 && (byteAt(e - 1) | 0x20) == 0x73) return false;
  const v = edIng(a, e);
  return !(v == 1 || (v == 2 && e - a > 3));
}

/**
 * (hs56) A phrase opens at byte a of a text in case `sh`: the input's start, a byte no letter, digit or blank before it
 * (a line's end, a bracket, a comma's or a colon's blank: "(", ", ", ": ", "— "), two blanks, or one blank after a word
 * of STOP56 ("seen at", "TRANSFERRED TO") or, in mixed case, after a word in lower case ("reader site Phoenix ...").
 */
function opens56(a: u32, sh: u32): bool {
  if (a == 0) return true;
  const b = byteAt(a - 1);
  if (b != 0x20) return !(isAlpha(b) || (isDigit(b) || b >= 0x80));
  if (a < 2) return true;
  const c = byteAt(a - 2);
  if (!(isAlpha(c) || (isDigit(c) || c >= 0x80))) return true;
  if (!isAlpha(c)) return false;
  const p = lettersStart(a - 1);
  if ((sh == 1 ? stop56(p, a - 1) : wordIndex(PREP56, p, a - 1) >= 0)) return p == 0 || !isAlpha(byteAt(p - 1));
  return sh == 1 && shape45b(p) == 0;
}

// (hs56) a facility found from its head on is a department's or a field's words before it as often ("Wound Care Clinic",
// "Medicina Interna Hospital ...", "Specialty Pharmacy"): its first word is none of these
const HEADFIRST56 = "\u0008hospital\u0009hospitals\u0006clinic\u0007clinics\u0008pharmacy\u0004care\u0006health\u000ahealthcare\u0006center\u0006centre\u0007centers\u0007medical\u0009institute\u0007hospice\u0005rehab\u000erehabilitation";

/**
 * (stop 56, hs56) The pending facility starts at byte s (a facility's span, found by an older rule) and one blank before
 * it one or two words in its case open the hospital's name (leadWord56()), the phrase opening before them (opens56()),
 * none before `floor` (the last finding written out). Returns the facility's new start, or s. "Grand Strand Medical
 * Center", "REGIONAL WEST MEDICAL CENTER", "seen at Nationwide Children's Hospital", "MERCY ONE DES MOINES MEDICAL
 * CENTER". Not in lower case (the case tells nothing: "a great river medical center"), not over a heading's words
 * ("ECHO REPORT GRAND STRAND ...": the phrase does not open before them), nor over a name ("Dr. Lail Grand ...").
 */
export function facilityLead56(s: u32, floor: u32): u32 {
  const sh = shape45b(s);
  if (sh == 0) return s;
  const e0 = lettersEnd(s);
  if (wordIndex(HEADFIRST56, s, e0) >= 0 || stop56(s, e0)) return s;
  let best = s;
  let at = s;
  const max = sh == 1 ? 2 : 1;
  for (let n = 0; n < max; n++) {
    if (at < 3 || byteAt(at - 1) != 0x20) break;
    const e = at - 1;
    if (!isAlpha(byteAt(e - 1))) break;
    const a = lettersStart(e);
    if (a < floor) break;
    if (!leadWord56(a, e, sh)) break;
    if (opens56(a, sh)) best = a;
    at = a;
  }
  return best;
}

// (hs56) a facility's last words after which a glued hyphen opens a campus: "HOSPITAL-CEDAR CREST", "CENTER-PONTOTOC",
// "HEALTH-VIRGINIA", "Deaconess-Plymouth", "Health Care–Iowa River Landing"
const CAMPUSHEAD56 = "\u0008hospital\u0006center\u0006centre\u0006health\u000ahealthcare\u0004care\u0006clinic\u0009deaconess\u0008memorial\u0008regional\u0007general\u0006system";
// (hs56) words after the hyphen that make one adjective with the head, never a campus: "hospital-acquired",
// "health-related", "center-based", "clinic-wide", "hospital-level care", "health-care"
const CAMPUSSTOP56 = "\u0005based\u0004wide\u0008acquired\u000aassociated\u000aaffiliated\u0005owned\u0003run\u0009sponsored\u0008operated\u0005level\u0005onset\u0007related\u0006system\u0004type\u0008specific\u0006funded\u0008approved\u0009certified\u0008employed\u0004care\u0004home\u0002to\u0002at\u0005grade\u0005scale\u0006driven\u0007focused\u0007centred\u0008centered\u0005style\u0004like";

/**
 * (stop 56, hs56) The pending facility ends at byte pe in a head of CAMPUSHEAD56 and a hyphen or an en dash glued to it
 * opens a campus: one to three words (two in capitals or lower case, where the case does not end it) in the head's
 * case, one blank between them, the first none of CAMPUSSTOP56 nor in "-ed" or "-ing", none of STOP56, ending before
 * `limit` (the next span's start) and closing the phrase (a byte no letter, digit or blank after it, the input's end,
 * two blanks, or one blank before a word of STOP56 or in another case). Returns the campus's end, or 0.
 */
export function campusTail56(ps: u32, pe: u32, limit: u32): u32 {
  if (pe + 2 >= inLen) return 0;
  const a0 = lettersStart(pe, ps);
  if (a0 == pe || wordIndex(CAMPUSHEAD56, a0, pe) < 0) return 0;
  const sh = shape45b(a0);
  let i = pe;
  const b = byteAt(i);
  if (b == 0x2d) i += 1;
  else if (b == 0xe2 && (byteAt(i + 1) == 0x80 && byteAt(i + 2) == 0x93)) i += 3;
  else return 0;
  const max: u32 = sh == 1 ? 3 : 2;
  let best: u32 = 0;
  let a = i;
  for (let n: u32 = 0; n < max; n++) {
    const e = lettersEnd(a);
    if (e - a < 2 || (e > limit || shape45b(a) != sh)) break;
    if (stop56(a, e)) break;
    if (n == 0) {
      if (wordIndex(CAMPUSSTOP56, a, e) >= 0) return 0;
      if (edIng(a, e) != 0) return 0;
    }
    // (the phrase closes after the word, or another word follows one blank after it)
    if (e >= inLen) { best = e; break; }
    const c = byteAt(e);
    if (c != 0x20) {
      if (isAlpha(c) || (isDigit(c) || (c == 0x27 || (c == 0x2d || (c == 0x26 || c >= 0x80))))) {
        // (a dash or a bullet's three bytes close it)
        if (c == 0xe2 && (byteAt(e + 1) == 0x80 && byteAt(e + 2) != 0x99)) best = e;
        break;
      }
      best = e;
      break;
    }
    if (e + 1 >= inLen) { best = e; break; }
    const d = byteAt(e + 1);
    if (!isAlpha(d)) { best = e; break; }
    const f = lettersEnd(e + 1);
    if (shape45b(e + 1) != sh || stop56(e + 1, f)) { best = e; break; }
    a = e + 1;
  }
  return best;
}
