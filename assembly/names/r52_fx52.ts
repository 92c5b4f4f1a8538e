// Why this file exists: stop 52's clinical round 48 (fx52), written from fixture 45's misses: a behavioural-health
// provider named by one to three words before the head "Behavioral Health" or "Mental Health" (and one word of its kind
// after it), "INLAND NORTHWEST BEHAVIORAL HEALTH", "records of Four Rivers Behavioral Health", "and Volunteer
// Behavioral Health", "the samaritan behavioral health intake", "Grand Lake Mental Health Center", "American Behavioral
// Health Systems", that no older rule reads. Kept out of detect.ts (its call site stays there); reads the token ring
// only, allocates nothing. It also holds the walk back to the name before a head, nameBefore52(), shared (stop 53) with
// r52_og52b.ts's practices before "Occupational Medicine" or "Physical Therapy", and that rule's word tests.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { edIng } from "../scanners/util";
import {
  MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_LOWER, SH_UPPER, exists, genericModifier, lineStart, placeStr, rd, spanDone, tData,
  tDone, tEnd, tShape, tStart, textShape, tierOf, tight, wordIn
} from "./detect";

// the head's first word and its second
const HEADS52 = "\u000abehavioral\u000bbehavioural\u0006mental";
const HEALTH52 = "\u0006health\u000ahealthcare";
// one word of the provider's kind after the head ("Systems", "Center", "Network", "Services", "Program")
const SUFFIX52 = "\u0006system\u0007systems\u0008services\u0007network\u0006center\u0006centre\u0007program\u0008partners\u000aassociates\u0008alliance\u0009authority\u0005group\u0009institute\u0006agency";
// words no name of the form holds: articles, prepositions, pronouns, a note's verbs and a patient's and a family's
// words; the walk back stops at them, and one right before the name's first word frames it ("records of", "the")
const STOP52 = "\u0001a\u0002an\u0003the\u0003and\u0002or\u0002of\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0003for\u0003per\u0002in\u0002on\u0002is\u0003was\u0003are\u0003his\u0003her\u0005their\u0003our\u0002my\u0004your\u0003its\u0004this\u0004that\u0002no\u0003not\u0003see\u0004seen\u0005refer\u0008referred\u0008referral\u0004call\u0006called\u0007contact\u0006follow\u0008continue\u0009continues\u0007consult\u0005needs\u0004need\u0004last\u0005prior\u0007records\u0004also\u0007patient\u0002pt\u0006client\u0006family\u0002dr";
// words that say what kind of care, not whose, beside detect.ts's genericModifier(): a name's first word is none of
// them ("Community Mental Health", "County Behavioral Health", "poor mental health" name no provider)
const GENERIC52 = "\u0009community\u0006county\u0005state\u0005local\u000aintegrated\u0006crisis\u0009emergency\u0004tele\u000atelehealth\u0007virtual\u0006severe\u0007serious\u0004poor\u0004good\u0007chronic\u0009emotional\u0009worsening\u0007current\u0007overall\u0008maternal\u0009perinatal\u0005youth\u000aadolescent\u0007student\u0004teen\u0006school\u0008licensed\u0009certified\u000aregistered\u000cprofessional\u0008improved";

// in ALL CAPS and lower case, where no capital marks a name, the words right before one that frame it
const FRAMES52 = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0002of\u0003and\u0003the\u0004last\u0002in";
// a role's word after the head makes the phrase a job, not a provider ("Licensed Mental Health Counselor", "mental
// health technician", "Mental Health First Aid")
const ROLES52 = "\u0009counselor\u000acounselors\u000atechnician\u0004tech\u0006worker\u0007workers\u000cprofessional\u000dprofessionals\u000aspecialist\u0008provider\u0009providers\u0009clinician\u0009therapist\u0005nurse\u000cpractitioner\u0004aide\u0009assistant\u000bcoordinator\u000aconsultant\u0007liaison\u0008screener\u0009evaluator\u0005first";

/** Token m says what kind of care, not whose. */
function generic52(m: u32): bool {
  return wordIn(m, GENERIC52) || genericModifier(m);
}

/** Token m is one blank (or a hyphen) after the one before it, in the letter case sh, and not decided yet. */
function joined52(m: u32, sh: u32): bool {
  return exists(m) && (tight(m) && (rd(tShape, m) == sh && rd(tDone, m) == 0));
}

/** A name's first word f stands where a name begins: the text's or the line's start, after punctuation, after a word
 * of STOP52 ("of", "the", "at", "last") or a word in lower case in mixed case, after one of FRAMES52 in ALL CAPS and
 * lower case. */
function opens52(f: u32, mode: u32): bool {
  if (f == 0 || (!exists(f - 1) || !tight(f))) return true;
  // (in mixed case any word of STOP52 or in lower case; in ALL CAPS and lower case only a preposition's or an article's
  // of FRAMES52: "PATIENT REPORTS IMPROVED MENTAL HEALTH" names no provider)
  if (mode == MODE_MIXED) return wordIn(f - 1, STOP52) || rd(tShape, f - 1) == SH_LOWER;
  return wordIn(f - 1, FRAMES52);
}

// og52b's (stop 52b) lists and tests for a practice's name before its head, kept beside fx52's for nameBefore52()
// words no name of the form holds, beside r52_fx52.ts's STOP52 (articles, prepositions, pronouns, a note's verbs, a
// patient's and a family's words): a note's verbs of care and order and a course's words; the walk back stops at them ("referred to physical therapy", "START PHYSICAL THERAPY", "board
// certified in occupational medicine", "continue physical therapy")
const STOP52B = "\u0005start\u0007started\u0005begin\u0006resume\u0007resumed\u0009recommend\u0005order\u0007ordered\u0006attend\u0007attends\u0004will\u0004more\u0004some\u0003any\u0004plan\u0004post\u0005after\u0006before\u0006during\u0002rx\u0004home\u0003new\u0005other\u0004each\u0006formal\u0007further\u000aaggressive\u0007intense\u0009intensive\u0007routine\u0008standard\u0007ongoing\u0004have\u0003has\u0003had\u0003did\u0005doing\u0004does\u0004done\u0006failed\u0004fail\u0005trial\u0005using\u0004used\u0008schedule\u0009scheduled\u0005daily\u0006weekly\u0005twice\u0008declines\u0007refuses\u0007desires\u0005wants";
// words that say what kind of care, not whose, beside r52_fx52.ts's GENERIC52 and detect.ts's genericModifier() (which
// hold "community", "county", "outpatient", "pediatric", "sports", "employee", "home", ...): a name's first word is none
// of them
const GENERIC52B = "\u0005board\u0005basic\u0006onsite\u0006mobile\u0005group\u0003dot\u0004osha\u0005acute\u0007general\u0007primary";
// in ALL CAPS and lower case, where no capital marks a name, the words right before one that say where
const FRAMES52B = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0002of\u0003and\u0003the\u0002in";

/** Token m is a word in the letter case sh (a capitalised head's name may hold an acronym of four letters at most, "ATI
 * Physical Therapy"), not decided yet. */
function word52b(m: u32, sh: u32): bool {
  if (!exists(m) || rd(tDone, m) != 0) return false;
  const ms = rd(tShape, m);
  return ms == sh || (sh == SH_CAP && (ms == SH_UPPER && rd(tEnd, m) - rd(tStart, m) <= 4));
}

/** Token q may open the name in mode `mode`: no generic word, no word ending "ed" or "ing", and where a name begins
 * (the line's or the text's start, after a mark, after a word of STOP52 or STOP52B or a lower-case word in mixed case, after one
 * of FRAMES52B in ALL CAPS and lower case). In ALL CAPS and lower case, a common English word at the line's start or
 * after a mark also needs a place's strength or no English list's word ("REDWOOD", "athletico"). */
function opens52b(q: u32, mode: u32): bool {
  if (wordIn(q, GENERIC52B) || (wordIn(q, GENERIC52) || genericModifier(q))) return false;
  if (edIng(rd(tStart, q), rd(tEnd, q)) != 0) return false;
  if (q == 0 || (!exists(q - 1) || !tight(q))) {
    if (mode == MODE_MIXED) return true;
    const d = rd(tData, q);
    return !lineStart(q) || (placeStr(d) > 0 || (tierOf(d) == 0 || tierOf(d) == 3));
  }
  if (mode == MODE_MIXED) return wordIn(q - 1, STOP52) || (wordIn(q - 1, STOP52B) || rd(tShape, q - 1) == SH_LOWER);
  return wordIn(q - 1, FRAMES52B);
}


/**
 * (fx52, og52b) The walk back from a head's first word h to the name before it: at most three words of the letter case
 * sh, one blank apart, not decided yet, not before `floor` (the pending span's end), none of STOP52 (nor of STOP52B for
 * a practice), two bytes or more. The furthest word that may open the name is its first: returns its index + 1, or 0
 * when none may. `occ` (og52b's practices before "Occupational Medicine" or "Physical Therapy") picks word52b() and
 * opens52b() over fx52's joined52() and opens52() with no word of a care's kind.
 */
export function nameBefore52(h: u32, sh: u32, mode: u32, floor: u32, occ: bool): u32 {
  let f: u32 = 0;
  let m = h;
  for (let n = 0; n < 3; n++) {
    if (m == 0 || (!tight(m) || !(occ ? word52b(m - 1, sh) : joined52(m - 1, sh)))) break;
    const q = m - 1;
    if (rd(tStart, q) < floor || (wordIn(q, STOP52) || ((occ && wordIn(q, STOP52B)) || rd(tEnd, q) - rd(tStart, q) < 2))) break;
    if (occ ? opens52b(q, mode) : !generic52(q) && opens52(q, mode)) f = q + 1;
    m = q;
  }
  return f;
}

/** Token k may close the form: "health" or "healthcare", or a word after one of six or ten letters opening with "h"
 * (step()'s cheap test, before behHealth52(): the length and first letter of the word and of the one before). */
export function behMay52(k: u32, b0: u32, len: u32): bool {
  if ((b0 | 0x20) == 0x68 && (len == 6 || len == 10)) return true;
  if (k == 0 || !exists(k - 1)) return false;
  const pl = rd(tEnd, k - 1) - rd(tStart, k - 1);
  return (pl == 6 || pl == 10) && (byteAt(rd(tStart, k - 1)) | 0x20) == 0x68;
}

/**
 * (fx52) Token t closes the head "Behavioral Health", "Behavioural Health", "Mental Health" or "... Healthcare" in the
 * text's letter case (capitalised in mixed case, capitals in ALL CAPS, lower case in lower-case text), or a word of
 * SUFFIX52 right after that head; no older rule decided it on its own turn (step() calls this after decide()); before
 * the head, one to three words in that case, one blank apart, not decided by an older rule and not before `floor` (the
 * pending span's end), none of STOP52, the first no word of a care's kind (GENERIC52, genericModifier()) and framed
 * where a name begins (opens52()). "Health" with a word of SUFFIX52 after it waits for that word's turn (its own rules
 * first); "of" or "at" right after leaves the longer name to the older rules ("Black Hills Behavioral Health at Pine
 * Crest"), and a role's word of ROLES52 right after makes it a job's title. Writes the organisation's span and returns true, or returns false.
 */
export function behHealth52(t: u32, sh: u32, mode: u32, floor: u32): bool {
  if (sh != textShape(mode)) return false;
  if (t < 2 || rd(tShape, t) != sh) return false;
  let j = t;
  if (!wordIn(t, HEALTH52)) {
    if (!wordIn(t, SUFFIX52) || (!tight(t) || !joined52(t - 1, sh))) return false;
    j = t - 1;
  } else if (joined52(t + 1, sh) && wordIn(t + 1, SUFFIX52)) return false;
  if (!wordIn(j, HEALTH52) || (!tight(j) || !joined52(j - 1, sh))) return false;
  const h = j - 1;
  if (!wordIn(h, HEADS52)) return false;
  if (joined52(t + 1, sh) && (wordIn(t + 1, "\u0002of\u0002at") || wordIn(t + 1, ROLES52))) return false;
  // (the words before the head, back to three; the furthest one that may open the name wins)
  const f = nameBefore52(h, sh, mode, floor, false);
  if (f == 0) return false;
  spanDone(rd(tStart, f - 1), rd(tEnd, t), ENTITY_LOCATION, 700, R_ORGANIZATION, f - 1, t);
  return true;
}
