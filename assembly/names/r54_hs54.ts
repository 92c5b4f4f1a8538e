// Why this file exists: stop 54's facility rule (hs54), kept out of detect.ts: a facility or a senior community named
// "<name> at <place>" ("Black Belt Women's Imaging at Marengo Regional", "Erie Sleep Center at UPMC Hamot", "Wingate at
// Sudbury", "LOOMIS LAKESIDE AT REEDS LANDING"), whose two halves the older rules found as two places and whose "at"
// they left out (docs/names-rounds.md, "Stop 54, hs54").
import { ENTITY_LOCATION } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { lettersEnd, wordIndex } from "../scanners/util";
import { pType, pReason, pStart, pEnd, R_FACILITY, R_CITY, rd, tStart, tEnd, count, exists, practiceNameWord, shape45b } from "./detect";

// (hs54) a facility's own heads: a second half holding one names a facility of its own ("Cranmore Cancer Center at
// Saint Ignatius Medical Center", "Oakland at Highland Hospital campus"), which the notes write as two
// (hs54) and a hospital's tail words: one of them or a head right after the second half grows it into a hospital of its
// own ("gulf breeze women's pavilion at santa rosa baptist")
const TAILS54 = "\u0007baptist\u0009methodist\u000cpresbyterian\u0008lutheran\u0008memorial\u0007general\u0008regional\u0007medical";
const HEADS54 = "\u0008hospital\u0009hospitals\u0006center\u0006centre\u0007centers\u0006clinic\u0007clinics\u0009institute\u0006campus\u000auniversity\u0007college\u0006school";

/**
 * (hs54) The pending facility holds a word that names it (practiceNameWord(): a name's, a place's or an unlisted word,
 * no service or department word): "Erie Sleep Center", "Riley Hospital for Children"; not a unit named by its services
 * alone, "Wound & Hyperbaric Center at St. Rafe's", which the notes' gold leaves out before its hospital.
 */
function named54(): bool {
  let m = count;
  for (let n = 0; n < 16 && (m > 0 && exists(m - 1)); n++) {
    m--;
    if (rd(tStart, m) < pStart) return false;
    if (rd(tEnd, m) <= pEnd && practiceNameWord(m)) return true;
  }
  return false;
}

/**
 * (stop 54, hs54) The pending span is a facility's or a town's (a place, ENTITY_LOCATION, R_FACILITY or R_CITY), and the
 * span decided now, a facility's or a town's too, starts four bytes after it, " at " between them ("at" in lower case
 * after a capitalised or lower-case word, "AT" after capitals): the two are one facility, "<name> at <place>" ("Riley
 * Hospital for Children at IU Health", "Delmarva Women's Health at Tidewater General", "Brookhaven at Lexington",
 * "WINGATE AT SUDBURY", "pavilion at nantucket"). Not when the second half holds a facility's head of its own (HEADS54:
 * "... at Saint Ignatius Medical Center", "... at Highland Hospital campus"), nor after or before an organisation's, an
 * address's or a person's span. span() calls it (start - pEnd == 4, the types first) and joins the two.
 */
export function atJoin54(start: u32, end: u32, type: u32, reason: u32): bool {
  if (type != ENTITY_LOCATION || (pType != ENTITY_LOCATION || ((reason != R_FACILITY && reason != R_CITY) ||
    (pReason != R_FACILITY && pReason != R_CITY)))) return false;
  const a = pEnd;
  if (byteAt(a) != 0x20 || (byteAt(a + 3) != 0x20 || ((byteAt(a + 1) | 0x20) != 0x61 || (byteAt(a + 2) | 0x20) != 0x74))) return false;
  // (the case: "at" in lower case after a capitalised or lower-case word, "AT" after capitals; the second half's first
  // word in the first's case, or in capitals after a capitalised one, "Erie Sleep Center at UPMC")
  let w = a;
  while (w > 0 && (isAlpha(byteAt(w - 1)) || byteAt(w - 1) == 0x27)) w--;
  if (w == a) return false;
  const sh = shape45b(w);
  if (shape45b(a + 1) != (sh == 1 ? 0 : sh)) return false;
  const s2 = shape45b(start);
  if (!(s2 == sh || sh == 1 && s2 == 2)) return false;
  // (no facility's head in the second half)
  let i = start;
  while (i < end && i < inLen) {
    if (!isAlpha(byteAt(i))) {
      i++;
      continue;
    }
    let e = i;
    while (e < end && isAlpha(byteAt(e))) e++;
    if (wordIndex(HEADS54, i, e) >= 0) return false;
    i = e;
  }
  // (nor in the up to three words going on after it, one blank apart: the older rules grow "Saint Ignatius" into
  // "Saint Ignatius Medical Center", "Highland" into "Highland Hospital", after this join)
  for (let n = 0; n < 3; n++) {
    if (i + 1 >= inLen || (byteAt(i) != 0x20 || !isAlpha(byteAt(i + 1)))) break;
    const e = lettersEnd(i + 1);
    if (wordIndex(HEADS54, i + 1, e) >= 0 || wordIndex(TAILS54, i + 1, e) >= 0) return false;
    i = e;
  }
  // (the pending facility opens its phrase: not right after "&" or "and", where the older rules cut a pair of services,
  // "Wound & Hyperbaric Center at St. Rafe's")
  if (pStart >= 2 && byteAt(pStart - 1) == 0x20) {
    const b = byteAt(pStart - 2);
    if (b == 0x26 || (pStart >= 5 && ((b | 0x20) == 0x64 && ((byteAt(pStart - 3) | 0x20) == 0x6e && ((byteAt(pStart - 4) | 0x20) == 0x61 &&
      byteAt(pStart - 5) == 0x20))))) return false;
  }
  return pReason != R_FACILITY || named54();
}
