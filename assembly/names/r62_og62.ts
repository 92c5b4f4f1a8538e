// Why this file exists: stop 62 (og62) reads an organisation named right after a label without a colon: "sponsor
// Cardiovia Therapeutics;", "central lab Q2 Solutions requisition", "LAUNDRY VENDOR CRYSTAL SPRINGS LINEN NOTIFIED.",
// "EMPLOYER SMOKY HILL VETERINARY SERVICE, 1880 K-18 HWY", "travel insurer Seven Corners claim", "manufacturer Boston
// Scientific, Marlborough". Older rules read such values after a colon (og42's labelValue42(), og61's labelOpen61()) or
// when their first word is no English word; a value of English words after a bare label stayed unfound in ALL CAPS and
// lower case, where no capital tells a name, and in mixed case when its first word is a core one. The evidence here is
// the label and the value's own close: the words run to a field's end (a comma, a bracket, a period, a line's end, a
// column's gap, a spaced dash) or to a member's label or a code after the firm ("claim", "id", "rep", "SC-99-884712"), and
// never through a preposition, an article, a name or a medical word. Called from step()'s after-rules (afterRules58() in
// r58_sp58.ts) for a token no rule decided whose previous token has a label's length and first letter (S_LABEL62 of
// the summary, loaded there already): no new per-token call site. Allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt, inLen } from "../input";
import { F_CRED, F_CUE, F_MONTH, F_TITLE } from "./flags";
import {
  CAPS_EMPLOYER_STOPS, G_COLON, G_COMMA, G_FAR, G_HASH, G_NEWLINE, G_SENT, G_START, GM_PAREN, GM_SEMI, LABEL_TAILS42, MODE_LOWER,
  MODE_MIXED, NAME_FUNCTION_WORDS, NO_LABEL42, ORG_PARTICIPLES, R_ORGANIZATION, SH_CAP, SH_LOWER, SH_NUM, SH_OTHER, SH_UPPER, ampGap,
  code42, columnGap, count, keepApart62, endsWithAny, exists, gapMarks, medicalShape, nameStr, pEnd, pType, placeStr, rd, spanDone, spacedDash,
  tData, tEnd, tGap, tShape, tStart, tierOf, tight, wordIn
} from "./detect";
import { F63_LABELS62, listIn62 } from "./r62_sc62";

// (og62) labels whose value is an organisation, read here without a colon: a vendor, a study's sponsor and contract
// research organisation, an insurer, a carrier (workers' comp, travel, liability), an employer, a device's manufacturer;
// "lab" only after "central" or "reference" (LAB_KINDS62). Their lengths and first letters make S_LABEL62 (labelLC62()).
export const LABELS62 = "\u0006vendor\u0007sponsor\u0003cro\u0007insurer\u0007carrier\u0008employer\u000cmanufacturer\u0003lab";
const LAB_KINDS62 = "\u0007central\u0009reference";
// (og62) words before the label that make it a verb or a person's sponsor ("agreed to sponsor local events", "we
// sponsor", "his AA sponsor Big Lou", "my employer says")
const BEFORE_NOT62 = "\u0002to\u0002we\u0001i\u0004they\u0004will\u0003can\u0003may\u0002do\u0003his\u0003her\u0002my\u0005their\u0002aa\u0002na\u0003the\u0001a\u0002no";
// (og62) first words of a value that name a part of the label's field, not the firm ("employer contact Derek Vance",
// "employer plan primary", "vendor rep", "manufacturer copay card", "sponsor case HX-2099", "carrier screen (Invitae)")
const GENERIC62 = "\u0007contact\u0004plan\u0005plans\u000erepresentative\u0006office\u0005group\u0007account\u0009insurance\u0006policy\u0006letter\u0004form\u0005forms\u0004note\u0009paperwork\u0007invoice\u0009agreement\u0008contract\u0004camp\u0007housing\u0006safety\u0002hr\u0005human\u0008benefits\u0007benefit\u0005copay\u0004card\u0006screen\u0005panel\u0007testing\u0005email\u0008advisory\u0006recall\u0004case\u000aassessment\u0006status\u0006report\u0003has\u0003had\u0004says\u0004said\u0009grievance\u0008decision\u0006appeal\u0006denial\u0006review";

// (og62) adverbs of time or manner that end an employer's capitals after "AT"/"FOR" (capsEmployerEnd() in detect.ts):
// "HE WORKS AT HOME NOW." named "HOME NOW" an organisation, "WORKS AT HOME TODAY", "AT HOME ALSO"
export const ADVERBS62 = "\u0003now\u0005today\u0005again\u0003too\u0004also\u0005still\u0009currently\u0008remotely\u0005daily";

// (og62) past participles not in "-ed" that close a value ("note for employer Fidelity Investments given"), and a
// laboratory's requisition ("central lab Q2 Solutions requisition")
const PAST62 = "\u000brequisition\u0005given\u0004sent\u0005taken\u0004done\u0004made\u0004told\u0004seen";

// (og62) prepositions LABEL_TAILS42 holds that open a clause, not close a name ("EMPLOYER HEALTH PLAN THROUGH WORK.")
const THROUGH62 = "\u0003via\u0007through\u0004thru";

/** (og62) SUMS45's bit of LABELS62: a word of the list has length `len` and first letter c (lower case). */
export function labelLC62(len: u32, c: u32): bool {
  return len == 6 ? c == 0x76 : len == 7 ? c == 0x73 || (c == 0x69 || c == 0x63) : len == 3 ? c == 0x63 || c == 0x6c :
    len == 8 ? c == 0x65 : len == 12 && c == 0x6d;
}

/**
 * (og62) Token m, an acronym in mixed case or letters with a digit ("Q2", "3M"), opens a name only as a short token
 * opening with a letter or a digit and a letter after it, of two or three bytes, a word after it (the caller's n >= 2).
 */
function short62(m: u32): bool {
  const s0 = rd(tStart, m);
  const len = rd(tEnd, m) - s0;
  if (rd(tShape, m) == SH_UPPER) return len >= 2 && ((rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0 && !medicalShape(m));
  return len >= 2 && (len <= 3 && ((byteAt(s0 + 1) | 0x20) - 0x61 <= 25 || (byteAt(s0) | 0x20) - 0x61 <= 25));
}

/**
 * (og62) Token m of the value may stand in the name in mode `mode`: the text's own shape (capitalised in mixed case, an
 * acronym or letters with digits as the first word only: "Q2 Solutions"), no cue's, title's, credential's or month's
 * word, no medical word, no value that names none (NO_LABEL42: "sponsor assessment pending").
 */
function word62(m: u32, k: u32, mode: u32): bool {
  const s = rd(tShape, m);
  if (m == k && (s == SH_OTHER || mode == MODE_MIXED && s == SH_UPPER)) return short62(m);
  if (mode == MODE_MIXED ? s != SH_CAP : mode == MODE_LOWER ? s != SH_LOWER : s != SH_UPPER) return false;
  if ((rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || rd(tEnd, m) - rd(tStart, m) < 2 && s != SH_OTHER) return false;
  return !medicalShape(m) && !wordIn(m, NO_LABEL42);
}

/**
 * (og62) Token m closes the value before it (m > k): a member's or a claim's label (LABEL_TAILS42: "claim", "id", "rep",
 * "policy"; not "via", "through"), a code or a number ("SC-99-884712", "24H"), an adverb of time ("VENDOR CORVATHA
 * HEALTH TODAY"), a past participle ("NOTIFIED", "DELIVERED"; not an
 * organisation's own, ORG_PARTICIPLES), a role's cue or title ("nurse Jana Pruitt"), or in mixed case a lower-case word
 * ("Q2 Solutions requisition").
 */
function closer62(m: u32, mode: u32): bool {
  const s = rd(tShape, m);
  if (s == SH_NUM || (code42(m) || (wordIn(m, LABEL_TAILS42) && !wordIn(m, THROUGH62) || ((rd(tData, m) & (F_TITLE | F_CUE)) != 0 ||
    (wordIn(m, PAST62) || wordIn(m, ADVERBS62)))))) return true;
  if (mode == MODE_MIXED) return s == SH_LOWER && (!wordIn(m, CAPS_EMPLOYER_STOPS) && (!wordIn(m, NAME_FUNCTION_WORDS) && !wordIn(m, "\u0002de\u0002la\u0002du")));
  return tierOf(rd(tData, m)) != 0 && (endsWithAny(m, "\u0002ed", 3) && !wordIn(m, ORG_PARTICIPLES));
}

/**
 * (og62) The gap before token m ends the value's field: a line's end, a comma, a sentence's period, a semicolon or a
 * bracket, a column's gap, a spaced dash, a "#" (an account's number); not a colon (the next field's label).
 */
function fieldGap62(m: u32): bool {
  const g = rd(tGap, m);
  if ((g & G_COLON) != 0) return false;
  if ((g & (G_NEWLINE | G_COMMA | G_FAR | G_SENT | G_HASH)) != 0) return true;
  return columnGap(m) || (spacedDash(m) || (gapMarks(m) & (GM_PAREN | GM_SEMI)) != 0);
}

/** (og62) Byte b after a value's last word closes its field: a comma, a period, a semicolon, a bracket, a line's end. */
function closeByte62(b: u32): bool {
  return b == 0x2c || (b == 0x2e || (b == 0x3b || (b == 0x28 || (b == 0x29 || (b == 0x0a || (b == 0x0d || b == 0x09))))));
}

/**
 * (og62) Token k, undecided, right after a label of LABELS62 without a colon (token k - 1; its summary's S_LABEL62 is
 * the caller's test), opens an organisation's name of one to five words that closes at its field's end (fieldGap62(),
 * the input's end) or at closer62()'s word; writes it and returns true. In mixed case the label is in small letters and
 * the value capitalised ("travel insurer Seven Corners claim", "central lab Q2 Solutions requisition"); in ALL CAPS and
 * lower case the words are the text's own ("EMPLOYER COASTAL BEND GUNITE - ESTIMATOR", "carrier kansas employers risk
 * exchange, adjuster"). Refused: a verb's or a person's label (BEFORE_NOT62: "agreed to sponsor local events", "his sponsor Big Lou"),
 * the field's own words first (GENERIC62: "employer contact", "vendor rep", "carrier screen"), a preposition, an article
 * or any other stop word inside or after the words ("employer plan primary for her"), a person's name first (any word
 * after "sponsor"), one English word alone ("Employer DART."), a heading (the label opens its line and the value closes
 * it: "VENDOR INVOICE RECONCILIATION"), and a finding already pending over k.
 */
export function labelNoColon62(k: u32, sh: u32, mode: u32): bool {
  const p = k - 1;
  if (!exists(p) || (!tight(k) || (rd(tGap, k) & (G_COLON | G_HASH)) != 0)) return false;
  if (sh != SH_OTHER && (mode == MODE_MIXED ? sh != SH_CAP && sh != SH_UPPER : mode == MODE_LOWER ? sh != SH_LOWER : sh != SH_UPPER)) return false;
  const ps = rd(tShape, p);
  if (mode == MODE_MIXED ? ps != SH_LOWER : ps != (mode == MODE_LOWER ? SH_LOWER : SH_UPPER)) return false;
  // (stop 63, sp63: behind filter F63_LABELS62; p exists)
  if (!listIn62(F63_LABELS62, p, LABELS62)) return false;
  const lab = wordIn(p, "\u0003lab");
  const sponsor = wordIn(p, "\u0007sponsor");
  if (p >= 1 && (exists(p - 1) && tight(p))) {
    if (wordIn(p - 1, BEFORE_NOT62)) return false;
    if (lab && !wordIn(p - 1, LAB_KINDS62)) return false;
  } else if (lab) return false;
  if (wordIn(k, GENERIC62) || (wordIn(k, LABEL_TAILS42) || (wordIn(k, CAPS_EMPLOYER_STOPS) || (wordIn(k, NAME_FUNCTION_WORDS) ||
    (wordIn(k, BEFORE_NOT62) || !word62(k, k, mode)))))) return false;
  if (nameStr(k) >= 2 && placeStr(rd(tData, k)) < 2) return false;
  let last = k;
  let n: u32 = 1;
  let m = k + 1;
  let closed = false;
  while (m <= k + 6) {
    if (m >= count || !exists(m)) {
      // (the look-ahead ends before the value does: a closing byte or the input's end after the last word closes it)
      const e = rd(tEnd, m - 1);
      closed = e >= inLen || closeByte62(byteAt(e));
      break;
    }
    const amp = ampGap(m);
    if (!amp && fieldGap62(m)) { closed = true; break; }
    if (closer62(m, mode)) { closed = true; break; }
    if (!amp && !tight(m)) return false;
    // ("of", "and", "&" inside, "the" after "of": "bank of america", "w. l. gore & associates", "bank of the west")
    if (wordIn(m, "\u0002of\u0003and") || wordIn(m, "\u0003the") && wordIn(m - 1, "\u0002of")) { m++; continue; }
    if (wordIn(m, CAPS_EMPLOYER_STOPS) || (wordIn(m, NAME_FUNCTION_WORDS) || (wordIn(m, THROUGH62) || !word62(m, k, mode)))) return false;
    if (sponsor && (nameStr(m) >= 2 && placeStr(rd(tData, m)) < 2)) return false;
    last = m;
    n++;
    if (n > 5) return false;
    m++;
  }
  if (!closed) return false;
  // (the words end at the value's last word, no join after it: "bank of" is no name)
  if (last + 1 < m && wordIn(last + 1, "\u0002of\u0003and")) return false;
  // (one English word alone names no firm: "Employer DART.", "vendor notified."; nor a short token alone, "vendor 24H")
  if (n == 1 && (tierOf(rd(tData, k)) != 0 || (rd(tEnd, k) - rd(tStart, k) < 3 || rd(tShape, k) == SH_OTHER))) return false;
  // (a heading: the label opens its line and the value closes it, "VENDOR INVOICE RECONCILIATION")
  if ((rd(tGap, p) & (G_NEWLINE | G_START)) != 0 && (m >= count || (rd(tGap, m) & G_NEWLINE) != 0)) return false;
  const s = rd(tStart, k);
  if (pType != 0 && pEnd > s) return false;
  spanDone(s, rd(tEnd, last), ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
  // (the town after its comma is a place of its own, as og60 keeps it: "REFERENCE LAB CREATIVE TESTING SOLUTIONS, TEMPE")
  keepApart62(rd(tEnd, last));
  return true;
}
