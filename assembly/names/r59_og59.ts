// Why this file exists: stop 59 (og59) keeps its rule out of detect.ts (one call inside og56's healthAlone56(), which
// step() reaches only for the head "health" behind its summary bit: no new per-token call site): a health system's
// brand named "<words> Health" and its campus after a where-word ("at", "from", "to") in ALL CAPS and lower case
// ("THROMBECTOMY AT UF HEALTH SHANDS IN GAINESVILLE", "podiatry with dr. halvorson at skagit regional health via",
// "TRANSFERRED FROM IU HEALTH BLOOMINGTON HOLLOW BY", "s/p l bka 02/26/2099 at chi health st. elizabeth."), which the
// facility rules read only where capitals mark the name (health49b() wants one own word right before the head) and
// og56 only after a payer's label. Reads at most three tokens ahead (LOOK_AHEAD); allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt } from "../input";
import { F_FACILITY, F_NOT_NAME, F_STATE } from "./flags";
import {
  G_HYPHEN, G_PERIOD, G_SENT, ISSUER_LABELS38, R_FACILITY, ampGap, count, health49b, nameStr, pEnd, pScore, pStart, pType, placeStr, possessive, rd,
  spanDone, tData, tDone, tEnd, tGap, tMw2, tMw3, tShape, tStart, tierOf, tight, tradeNaming40, tradeWord40, wordIn
} from "./detect";

// (og59) the where-words right before the brand: "at", "from", "to" (og56's labels are its own)
export const WHERE59 = "\u0002at\u0004from\u0002to";
// (og59) founding communities that name a health system ("baptist health", "adventist health")
const FOUNDERS59 = "\u0007baptist\u0009methodist\u0008lutheran\u000cpresbyterian\u0009adventist\u0008catholic\u0006jewish\u0009episcopal";

/**
 * (og59) Word m, in the text's letter case sh, tells a brand's or a campus's name from English: a word no list has (not
 * an adjective's ending, "cardiometabolic", "periodontal"), a rare one, a name's or a place's (strength 2 or more), or a
 * founding community's.
 */
function ownWord59(m: u32, sh: u32, mode: u32): bool {
  if (!tradeWord40(m, sh, mode)) return false;
  if (wordIn(m, FOUNDERS59)) return true;
  if (!tradeNaming40(m)) return false;
  const d = rd(tData, m);
  if ((d & F_FACILITY) != 0) return false;
  const t = tierOf(d);
  if (t == 0) {
    // (an unknown adjective before "health" says what kind: "-al", "-ic", "-ive", "-ous", "-ary")
    const e = rd(tEnd, m);
    const b1 = byteAt(e - 1) | 0x20;
    const b2 = byteAt(e - 2) | 0x20;
    if ((b2 == 0x61 && b1 == 0x6c) || ((b2 == 0x69 && b1 == 0x63) || ((b2 == 0x76 && b1 == 0x65) || ((b2 == 0x75 && b1 == 0x73) ||
      (b2 == 0x72 && b1 == 0x79))))) return false;
    return true;
  }
  return t == 3 || (nameStr(m) >= 2 || placeStr(d) >= 2);
}

/** (og59) Word m may be a campus's after the head: an own word (ownWord59()), no state's ("KEIKI HEALTH HAWAII"). */
function campus59(m: u32, sh: u32, mode: u32): bool {
  return (rd(tData, m) & F_STATE) == 0 && ownWord59(m, sh, mode);
}

/**
 * (og59) Token k, the head "health" in the text's letter case sh (ALL CAPS or lower case), closes the brand's words
 * [f, k) that og56's walk found (one to three, tradeWord40(), the first no kind of health), and token f - 1 is a
 * where-word one blank before them (WHERE59). No word of the name is a kind of health (kinds: og56's KINDS56, passed in
 * as a test) or a public body's (og56's BODIES56 but "regional": "skagit regional health" is a system's); one tells it
 * from English (ownWord59()), or the campus after the head does. The campus: a saint's abbreviation and its name ("st.
 * francis", "ST. MARY'S") or one or two own words ("SHANDS", "BLOOMINGTON HOLLOW"), one blank apart, within the
 * look-ahead. Not before a facility's head (the facility rules', "providence community health centers"), "&" or a
 * hyphen (the name goes on). A person's guess pending inside the words is covered (the merge types the union). Writes
 * the facility (score 700) over the words, marks them decided, and returns true; false leaves them to the older rules.
 */
export function healthWhere59(k: u32, f: u32, sh: u32, mode: u32, kinds: string, bodies: string): bool {
  // (one own word the facility rule reads before the head itself, "FROM AMBRA HEALTH": health49b(), its typing kept)
  if (health49b(k, mode)) return false;
  // (a clinical abbreviation or an unknown word of three letters or fewer opening two words or more is none of the name,
  // a site's or a service's code: "drawn at psc whidbey health clinton")
  if (f + 1 < k && ((rd(tData, f) & F_NOT_NAME) != 0 || (tierOf(rd(tData, f)) == 0 && rd(tEnd, f) - rd(tStart, f) <= 3))) f++;
  const a = rd(tStart, f);
  let own = false;
  for (let j = f; j < k; j++) {
    if (wordIn(j, kinds) || (wordIn(j, bodies) && !wordIn(j, "\u0008regional"))) return false;
    if (ownWord59(j, sh, mode)) own = true;
  }
  // the campus
  let last = k;
  let m = k + 1;
  // (a facility's head of one, two or three words from the head on is the facility rule's: "HEALTH CENTER", "health care
  // center", "HEALTH DEPARTMENT")
  if (m < count && ((rd(tMw2, m) & F_FACILITY) != 0 || (m + 1 < count && (rd(tMw3, m + 1) & F_FACILITY) != 0))) return false;
  let e = 0;
  if (m < count && (tight(m) && rd(tShape, m) == sh)) {
    if ((rd(tData, m) & F_FACILITY) != 0) return false;
    const n = m + 1;
    if (wordIn(m, "\u0002st\u0005saint")) {
      if (n < count && (n <= k + 3 && ((rd(tGap, n) & ~(G_PERIOD | G_SENT)) == 0 && (rd(tShape, n) == sh && (nameStr(n) > 0 || possessive(n)))))) {
        last = n;
        // (the saint's possessive "'s" goes with it: "ST. MARY'S")
        if (possessive(n) && byteAt(rd(tEnd, n)) == 0x27) e = rd(tEnd, n) + 2;
      }
    } else if (campus59(m, sh, mode)) {
      last = m;
      if (n < count && (tight(n) && (rd(tShape, n) == sh && campus59(n, sh, mode)))) last = n;
    }
  }
  if (!own && last == k) return false;
  if (e == 0) e = rd(tEnd, last);
  const x = last + 1;
  if (x < count && (ampGap(x) || rd(tGap, x) == G_HYPHEN)) return false;
  // (a firm's record or a public body's word after it names a vendor's, a payer's or an agency's: "FROM AMBRA HEALTH UPLOAD
  // AMB-...", "from cabell-huntington health department": the older rules')
  if (x < count && (tight(x) && (wordIn(x, ISSUER_LABELS38) || wordIn(x, bodies)))) return false;
  // (a person's guess pending inside the words is covered; any other span pending over them, or a word decided, stays)
  const guess = pType == ENTITY_NAME && (pStart >= a && pScore < 700);
  if (pType != 0 && (pEnd > a && !guess)) return false;
  for (let j = f; j <= last; j++) if (rd(tDone, j) != 0 && !(guess && rd(tStart, j) < pEnd)) return false;
  spanDone(a, e, ENTITY_LOCATION, 700, R_FACILITY, f, last);
  return true;
}
