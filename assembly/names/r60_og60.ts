// Why this file exists: stop 60 (og60) takes an organisation named by English words alone before a strong organisation's
// head ("Amputee Coalition", "Ancient Song Doula Services", "Behavioral Health Network", "Heartland Imaging Partners",
// "Halcyon Endocrine LLC" in ALL CAPS and lower case) where a cue right before the name announces it: a field's colon
// ("Support group: Amputee Coalition", "Tissue: Musculoskeletal Transplant Foundation"), an opening bracket that closes
// after the head ("Doula Tayo Bankole (Ancient Song Doula Services)"), a credential's comma ("NOEMI CORDOVA, LPC, HEALTH
// SOLUTIONS"), a heading's separator ("Consultation — Heartland Imaging Partners") or a preposition of where or whence
// ("Suboxone continues from Behavioral Health Network", "Applied to PAN Foundation", "Funds held by Fifth Third Bank").
// The facility rule refuses such names (English words alone before a head stay words: "Sports Orthopedics", "the support
// network"); the cue is the evidence. Read only from facilityOrPlace() (detect.ts) once an organisation's head was
// matched and every older rule refused the words before it: no per-token cost. Allocates nothing.
import { byteAt, inLen } from "../input";
import { F_CRED, F_CUE, F_MONTH, F_NOT_NAME, F_TITLE } from "./flags";
import {
  MODE_CAPS, MODE_MIXED, NAME_FUNCTION_WORDS, SH_CAP, SH_LOWER, SH_UPPER, ampGap, count, exists, genericModifier,
  medicalShape, rd, tData, tDone, tEnd, tShape, tStart, tight, wordIn
} from "./detect";
import { KINDS57Y } from "./r57_fy";

// (og60) strong organisations' heads: a body, a firm or a collective, rarely a department's or a clinical word ("Support
// Group", "Care Program", "Cancer Registry" are left out: half the fixtures' such phrases name no organisation); the
// legal forms for ALL CAPS and lower case (mixed case's legalName() reads them by their capitals)
const HEADS60 = "\u000afoundation\u0009coalition\u000acollective\u0008alliance\u000bassociation\u0007society\u0008partners\u0009solutions\u000aassociates\u0007network\u0004bank\u0008services\u0003llc\u0003inc\u0004corp\u000bcorporation";
// (og60) heads one word may name ("PAN Foundation", "Health Alliance", "Amputee Coalition"); a bank, a network, a
// society, an association and services need two words or more ("Blood Bank", "Social Services", "Care Network" are
// departments or kinds)
const ONE_WORD60 = "\u000afoundation\u0009coalition\u000acollective\u0008alliance\u0008partners\u0009solutions\u000aassociates\u0003llc\u0003inc\u0004corp\u000bcorporation";
// (og60) prepositions of where or whence right before the name
const PREPS60 = "\u0002to\u0004from\u0003via\u0007through\u0004thru\u0004with\u0002by\u0002at";
// (og60) words inside a name that join its parts ("Family & Children's Services", "Center for Family Services", "Sisters
// in Birth Doula Collective"); never its first word
const JOINS60 = "\u0002of\u0003and\u0003for\u0002in\u0003the";
// (og60) words after the head that make the name a citation's, not a party's ("according to American Heart Association
// guidelines", "American Society class II")
const CITES60 = "\u000aguidelines\u0009guideline\u0008criteria\u0005class\u000eclassification\u000frecommendations\u0005scale\u0005score\u0005grade\u0005stage\u0009standards\u0008standard\u000adefinition\u000bdefinitions";
// (og60) determiners and generic words that open no organisation's name ("to the local food bank", "with her support
// network", "from another associates", "Indication: both partners")
const OPENERS_NOT60 = "\u0001a\u0002an\u0003his\u0003her\u0005their\u0003its\u0003our\u0002my\u0004your\u0004this\u0004that\u0005local\u0004area\u0006nearby\u0007outside\u0005other\u0007another\u0004same\u0003any\u0004some\u0004both\u0003all\u0004each\u0002no\u0006either\u0007neither";

/**
 * (og60) Token m can stand in the name in mode `mode`: the name's shape (capitalised or an acronym in mixed case, capitals
 * in ALL CAPS, lower case in lower case), no cue's, title's, credential's, month's, drug's or function word's and no word
 * an older rule already decided.
 */
function nameWord60(m: u32, mode: u32): bool {
  const s = rd(tShape, m);
  if (mode == MODE_MIXED ? s != SH_CAP && s != SH_UPPER : mode == MODE_CAPS ? s != SH_UPPER : s != SH_LOWER) return false;
  if ((rd(tData, m) & (F_CUE | F_TITLE | F_CRED | F_MONTH | F_NOT_NAME)) != 0 || rd(tDone, m) != 0) return false;
  return rd(tEnd, m) - rd(tStart, m) >= 2 && !wordIn(m, NAME_FUNCTION_WORDS);
}

/**
 * (og60) The organisation's head k..last (an organisation's head of facilityOrPlace(), `last` a word of HEADS60) closes
 * one to five words of the name's shape (JOINS60 inside: "Family & Children's Services") that a cue opens: a field's
 * colon, an opening bracket that closes right after the head, a credential's comma, a heading's separator ("—", "–",
 * "·", "|", " - ") or a preposition of PREPS60 right before the first word. No citation's word after the head
 * (CITES60), no determiner or generic word first (OPENERS_NOT60), no drug or medical word first; heads outside
 * ONE_WORD60 need two words, "services" three. Returns the first word, or k (none).
 */
export function cuedOrg60(k: u32, last: u32, mode: u32): u32 {
  if (k == 0 || (last > k + 1 || !wordIn(last, HEADS60))) return k;
  // (the walk back over the name's words: the head's own words first, k..last)
  let f = k;
  let steps: u32 = 0;
  while (f > 0 && steps < 8) {
    if (!exists(f - 1) || !(tight(f) || ampGap(f))) break;
    const q = f - 1;
    if (wordIn(q, PREPS60)) break;
    if (!(wordIn(q, JOINS60) && (mode != MODE_MIXED || rd(tShape, q) == SH_LOWER)) && !nameWord60(q, mode)) return k;
    f = q;
    steps++;
  }
  if (f == k || steps >= 8) return k;
  // (no join first: "to the American Cancer Society" keeps its article's frame, none of this rule's)
  // (nor a kind's word first, fy57's KINDS57Y: "PLAN: TREATMENT ALLIANCE REVIEWED", "working alliance")
  if (wordIn(f, JOINS60) || (wordIn(f, OPENERS_NOT60) || (medicalShape(f) || (wordIn(f, "\u0004care") || wordIn(f, KINDS57Y))))) return k;
  let n: u32 = 0;
  for (let m = f; m < k; m++) if (!wordIn(m, JOINS60)) n++;
  if (n == 0 || n > 5) return k;
  if (!wordIn(last, ONE_WORD60) && n < 2) return k;
  if (wordIn(last, "\u0008services") && n < 3) return k;
  if (n == 1 && genericModifier(f)) return k;
  // (a citation's word after the head: "American Heart Association guidelines")
  if (last + 1 < count && (exists(last + 1) && (tight(last + 1) && wordIn(last + 1, CITES60)))) return k;
  // (the cue: the byte before the first word, past its blanks)
  const s0 = rd(tStart, f);
  let i = s0;
  while (i > 0 && byteAt(i - 1) == 0x20) i--;
  if (i == 0) return k;
  const c = byteAt(i - 1);
  const e = rd(tEnd, last);
  if (c == 0x3a) return i == s0 ? k : f;
  // (not a bracket after a clinician's credential: practiceBracket44() reads it, "keane, m.d. (kessington gi associates)")
  if (c == 0x28) {
    let b = i - 1;
    while (b > 0 && byteAt(b - 1) == 0x20) b--;
    return e < inLen && ((byteAt(e) == 0x29 || byteAt(e) == 0x2c) && !(b > 0 && byteAt(b - 1) == 0x2e ||
      exists(f - 1) && (rd(tData, f - 1) & F_CRED) != 0)) ? f : k;
  }
  if (c == 0x2c) return exists(f - 1) && (rd(tData, f - 1) & F_CRED) != 0 ? f : k;
  if (c == 0x7c || (c == 0x2d && (i >= 2 && (byteAt(i - 2) == 0x20 && i < s0)))) return f;
  // ("—", "–": E2 80 94 / 93; "·": C2 B7)
  if ((c == 0x94 || c == 0x93) && (i >= 3 && (byteAt(i - 2) == 0x80 && byteAt(i - 3) == 0xe2))) return f;
  if (c == 0xb7 && (i >= 2 && byteAt(i - 2) == 0xc2)) return f;
  if (i == s0 && (exists(f - 1) && (tight(f) && wordIn(f - 1, PREPS60)))) return f;
  return k;
}
