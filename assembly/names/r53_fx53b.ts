// Why this file exists: stop 53 (fx53b)'s round: a facility's name that joins two service words with "and" before its
// head, "Covenant Heart and Vascular Institute", "Bronson Diabetes and Endocrinology Center", "MAYO CLINIC TRAVEL AND
// TROPICAL MEDICINE CLINIC", "Springfield Rehab and Healthcare Center" (specialty clinics, device clinics, wound and
// sleep centres name themselves so), and the "&" names whose first word the older pair rule trims as an English word,
// "Providence Wound Care & Hyperbaric Center", "Memorial Health Heart & Vascular Institute". stop 27's
// ampNameFacility27() reads "&" only and wants a name, a place or an unlisted word first. Kept out of detect.ts (the
// call site stays there, in placesTwentySeven()). Reads at most two tokens ahead and four behind, allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { byteAt } from "../input";
import { F_CRED, F_CUE, F_FACILITY, F_FAC_MOD, F_LOC_CUE, F_MONTH, F_ORG, F_TITLE, F_VERB_BY } from "./flags";
import {
  CONTEXT_WORDS, G_COLON, G_COMMA, G_FAR, G_NEWLINE, G_SENT, MODE_CAPS, MODE_LOWER, R_FACILITY, R_ORGANIZATION,
  SH_LOWER, SH_UPPER, WHERE_FRAMES, ampGap, count, exists, headAfterHead, headingDash31, lineStart, medicalShape,
  nameStr, pEnd, pReason, pType, placeStr, rd, spanDone, tData, tEnd, tGap, tMw2, tShape, tStart, textShape, tierOf, tight, wordIn,
} from "./detect";

// heads a service's "and" reaches (with the table's facility heads): centres, institutes, clinics, hospitals
const AND_HEADS53 = "\u0006center\u0006centre\u0009institute\u0006clinic\u0007clinics\u0008hospital";

// hospitals' own first words that are English words (the pair rule trims English words as no name): a faith's, a
// virtue's or a remembrance's word, "Providence Wound Care & Hyperbaric Center", "Covenant Heart and Vascular
// Institute", "Memorial Health Heart & Vascular Institute"
const OPENERS53 =
  "\u000aprovidence\u0005mercy\u0008memorial\u0008covenant\u0007trinity\u0008advocate\u0007baptist\u0009methodist\u000cpresbyterian\u0009adventist\u0009samaritan";

/** Tokens a and b are the same word, letter case aside (also og53b's partner repeating a surname). */
export function sameWord53(a: u32, b: u32): bool {
  const sa = rd(tStart, a);
  const sb = rd(tStart, b);
  const n = rd(tEnd, a) - sa;
  if (n != rd(tEnd, b) - sb) return false;
  for (let i: u32 = 0; i < n; i++) if ((byteAt(sa + i) | 0x20) != (byteAt(sb + i) | 0x20)) return false;
  return true;
}

/** Token f opens a facility's name: a name, a place, a word no list has, or a hospital's own English word. */
function opener53(f: u32): bool {
  const d = rd(tData, f);
  if ((d & (CONTEXT_WORDS & ~F_FAC_MOD)) != 0 && (d & F_FAC_MOD) == 0) return false;
  if (wordIn(f, OPENERS53)) return true;
  return nameStr(f) > 1 || (placeStr(d) > 1 || (tierOf(d) == 0 && (rd(tEnd, f) - rd(tStart, f) >= 4 && !medicalShape(f))));
}

/**
 * (stop 53, fx53b) Token k follows "and" (`amp` false: "and" is token k - 1, one blank each side, in lower case in mixed
 * text, in capitals in ALL CAPS) or "&" (`amp`: the gap before k holds it) inside a facility's name: the head (a
 * facility's word of the table, or center, centre, institute, clinic, clinics, hospital) within k..k+2, tight, in the
 * text's case; one to four words of the same case before the connector, the first a name, a place, a word no list has or
 * a hospital's own English word (OPENERS53; English words before it trimmed); no title, cue, credential or month among
 * them, no title before. In ALL CAPS a frame says where the name starts (a line's start, "(", a heading's dash, a colon,
 * a where-frame word or "of" before it). Not "X School and Y School" (two names). Writes the place (an organisation when
 * its head is one, or an institute joined by "and" outside a heading) and returns true.
 */
export function andFacility53(k: u32, sh: u32, mode: u32, amp: bool): bool {
  if (mode == MODE_LOWER || sh != textShape(mode)) return false;
  let p: u32 = k - 1;
  if (amp) {
    if (k < 2 || (!ampGap(k) || (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_SENT | G_FAR)) != 0)) return false;
  } else {
    if (k < 3 || (!tight(k) || (!tight(k - 1) || rd(tShape, k - 1) != (mode == MODE_CAPS ? SH_UPPER : SH_LOWER)))) return false;
    if (!wordIn(k - 1, "\u0003and")) return false;
    p = k - 2;
  }
  if (!exists(p) || rd(tShape, p) != sh) return false;
  // (a name's or a place's word, or a hospital's own word, right after the connector opens a second name: "Children's
  // Hospital of Philadelphia and Mercy Hospital of Chicago", "Southcoast Orthopedics and Kaplan Dentistry"; stop 53's
  // merge, two older test rows)
  if (wordIn(k, OPENERS53) || (nameStr(k) > 1 || placeStr(rd(tData, k)) > 1)) return false;
  // the head ahead
  let head: u32 = 0;
  for (let m = k; m <= k + 2 && m < count; m++) {
    if ((m > k && !tight(m)) || rd(tShape, m) != sh) return false;
    const md = rd(tData, m);
    if ((md & F_FACILITY) != 0 || (wordIn(m, AND_HEADS53) || (m > k && (rd(tMw2, m) & F_FACILITY) != 0))) {
      head = m;
      break;
    }
    if ((md & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
  }
  if (head == 0) return false;
  // (the head's word before "and" too closes a first name of two: "Huntington Elementary School and East Middle School")
  // (and so does a centre's, a clinic's or a hospital's own head: "Lakeside Eye Center and Salem Retina Clinic")
  if (!amp && (sameWord53(p, head) || wordIn(p, AND_HEADS53))) return false;
  // the name before the connector: up to three more words back
  if ((rd(tData, p) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
  let f = p;
  for (let w: u32 = 0; w < 3; w++) {
    if (f == 0 || (!exists(f - 1) || (!tight(f) || (rd(tShape, f - 1) != sh || headingDash31(f))))) break;
    if ((rd(tData, f - 1) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_LOC_CUE | F_VERB_BY)) != 0) break;
    f--;
  }
  // (an English word opens no name unless a hospital's own: trimmed)
  while (f < p && !opener53(f)) f++;
  if (!opener53(f)) return false;
  if (f > 0 && (exists(f - 1) && (rd(tData, f - 1) & F_TITLE) != 0)) return false;
  if (mode == MODE_CAPS) {
    const s = rd(tStart, f);
    if (!(lineStart(f) || ((s >= 1 && byteAt(s - 1) == 0x28) || (headingDash31(f) || ((rd(tGap, f) & G_COLON) != 0 ||
      (f >= 1 && (exists(f - 1) && (tight(f) && (wordIn(f - 1, WHERE_FRAMES) || wordIn(f - 1, "\u0002of")))))))))) return false;
  }
  // (an institute joined by "and" in running text is an organisation, as the older organisation rules type "Kessling
  // Orthopedic and Spine Institute"; in a heading, after its dash or at the line's start, it names the place of care, a
  // facility, as after "&" (ampNameFacility27()): "DEVICE CLINIC - COVENANT HEART AND VASCULAR INSTITUTE")
  const inst = !amp && (wordIn(head, "\u0009institute") && !(headingDash31(f) || lineStart(f)));
  const org = inst || !wordIn(head, AND_HEADS53) && ((rd(tData, head) | rd(tMw2, head)) & F_ORG) == F_ORG;
  // (a second head joins across one blank only: "Bronson Diabetes and Endocrinology Center   Clinic code" is a column's)
  const last = head + 1 < count && rd(tStart, head + 1) == rd(tEnd, head) + 1 ? headAfterHead(head, k, org) : head;
  // (an organisation the older rules found over the name's first words keeps its type: "Adena Orthopedic and Spine
  // Institute", "FAIRVIEW HOME CARE AND HOSPICE")
  const org2 = org || pType == ENTITY_LOCATION && (pReason == R_ORGANIZATION && pEnd > rd(tStart, f));
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, org2 ? R_ORGANIZATION : R_FACILITY, f, last);
  return true;
}
