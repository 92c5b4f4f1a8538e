// Why this file exists: stop 61 (fx63, from fixture 63's home and community-based care logistics) finishes a vendor's or
// an agency's name the older rules found short, as home infusion, DME and home health notes write them: a chain's name
// (or a town's, "Fairview") found alone before its trade's two words, "bayada home health care", "GENTIVA HOME HEALTH",
// "fairview home infusion", "OPTUM INFUSION SERVICES", "BAYADA Home Health" before "Care" (tradeTail61()). (fx63's
// branchTown61(), the branch's town split off a vendor's name, was tried and dropped: older fixtures label the town
// inside the name.) Read only from flush() (detect.ts) on a pending organisation's or town's span: no per-token cost.
// Allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { lettersEnd, lettersStart, wordIndex } from "../scanners/util";

// (fx63) a trade's first word, then its second words by the first's index: "home" infusion / medical / healthcare /
// health / care, "infusion services", "respiratory services", "medical supply" / "medical equipment" (not "specialty
// pharmacy" nor "community care": older fixtures label "accredo" and "AMERIGROUP" alone before them)
const TRADE1_61 = "\u0004home\u0008infusion\u000brespiratory\u0007medical";
const TRADE2_61 = "\u0008infusion\u0007medical\u000ahealthcare\u0006health\u0004care\u0006supply\u0009equipment\u0008services";
// (fx63) words after the trade that make it the payer's or the patient's service, not the vendor's name: "Aetna home
// health benefit", "humana home health visits", "medicaid home care aide"
const AFTER_TRADE61 = "\u0007benefit\u0008benefits\u0008coverage\u0005visit\u0006visits\u0004aide\u0005aides\u0005nurse\u0006nurses\u0005order\u0006orders\u0004auth\u000dauthorization\u0008referral\u0005needs\u0008provider";

/** (fx63) Byte b is a letter in the case `upper` says (ASCII). */
function caseOf61(b: u32, upper: bool): bool {
  return upper ? b >= 0x41 && b <= 0x5a : b >= 0x61 && b <= 0x7a;
}

/**
 * (stop 61, fx63) The pending organisation's (or, `town`, a town's) span [ps, pe) is a vendor's name whose trade's two
 * words follow after one blank in the name's first letter's case ("bayada" + "home health care", "Optum" +
 * "Infusion Services"; "home health" + "care" after a span ending in "Home Health"), no word after them that makes the
 * trade a service ("home health benefit"), ending before `limit` (the next span's start). A town takes only the trades
 * no payer's or place's service reads ("home infusion", "home medical", "medical supply"; not "home health", "home
 * care"). Returns the trade's end, or pe.
 */
export function tradeTail61(ps: u32, pe: u32, town: bool, limit: u32): u32 {
  if (pe + 6 >= inLen || !isAlpha(byteAt(ps))) return pe;
  const upper = byteAt(ps) < 0x61;
  const a1 = pe + 1;
  if (!caseOf61(byteAt(a1), upper)) return pe;
  const e1 = lettersEnd(a1);
  let end: u32 = 0;
  // "... Home Health" found, "Care" left after it
  if (e1 - a1 == 4 && (!town && wordIndex("\u0004care", a1, e1) >= 0)) {
    const h = lettersStart(pe, ps);
    if (h >= ps + 6 && (byteAt(h - 1) == 0x20 && (wordIndex("\u0006health", h, pe) >= 0 && wordIndex("\u0004home", lettersStart(h - 1, ps), h - 1) >= 0))) end = e1;
  }
  if (end == 0) {
    const i1 = wordIndex(TRADE1_61, a1, e1);
    if (i1 < 0 || byteAt(e1) != 0x20) return pe;
    const a2 = e1 + 1;
    if (!caseOf61(byteAt(a2), upper)) return pe;
    const e2 = lettersEnd(a2);
    const i2 = wordIndex(TRADE2_61, a2, e2);
    if (i2 < 0) return pe;
    // pairs: home + infusion/medical/healthcare (0-2) or health/care (3, 4); infusion + services; respiratory +
    // services; medical + supply/equipment
    const ok = i1 == 0 ? (i2 <= 2 || !town && i2 <= 4) : i1 <= 2 ? i2 == 7 : i2 == 5 || i2 == 6;
    if (!ok) return pe;
    end = e2;
    // "home health care"
    if (i1 == 0 && (i2 == 3 && (e2 + 5 < inLen && (byteAt(e2) == 0x20 && caseOf61(byteAt(e2 + 1), upper))))) {
      const e3 = lettersEnd(e2 + 1);
      if (wordIndex("\u0004care", e2 + 1, e3) >= 0) end = e3;
    }
  }
  if (end > limit) return pe;
  if (end + 2 < inLen && (byteAt(end) == 0x20 && wordIndex(AFTER_TRADE61, end + 1, lettersEnd(end + 1)) >= 0)) return pe;
  return end;
}
