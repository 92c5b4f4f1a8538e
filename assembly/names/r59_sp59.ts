// Why this file exists: stop 59 (sp59) takes four runs of step()'s per-token rules out of the name pass's inlined hot
// loop, as stop 58's sp58 did for the head rules (r58_sp58.ts): step() tests one cheap union of the rules' own first
// tests (each rule's gate implies it) and calls the run out of line, where every rule keeps its own gate and its place
// in step()'s order. Exact: a token that fails the union fails every gate of the run, so the findings cannot change
// (docs/performance.md, "Stop 59, sp59"). Allocates nothing.
import { byteAt, inLen } from "../input";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { settlement50 } from "./r50_pl50";
import { bracketInit54, hl7Facility54 } from "./r54_hs54b";
import { headRules58 } from "./r58_sp58";
import { stateTown54 } from "./r54_pl54";
import { branchTown55 } from "./r55_pl55";
import { implantMaker52 } from "./r52_og52";
import { hyphenSurname53 } from "./r53_nm53";
import { F_STATE } from "./flags";
import { BLOOM_BYTES60, bloomAdd60, bloomHas60 } from "./r60_sq60";
import { letterMay61 } from "./r61_sb61";
import { labelMakerMay62, rowMay62 } from "./r62_sd62";
import { separatorNear63 } from "./r63_sq63";
import { LAST54 } from "./r54_og54b";
import { HEADS55 } from "./r55_og55";
import { HEADS57Y } from "./r57_fy";
import { HEADS57, LEGAL57, WORSHIP_FIRST57, WORSHIP_LAST57 } from "./r57_og";
import {
  BODY_HEADS41, G_COLON, G_JOIN, G_NEWLINE, G_START, tH1, S_LETTER34, aliasFrame42, afterMarkGap40, alignedPersonFx40, ampPair46, clinicLetterhead,
  continueTail, csvField, deviceMaker43, facTail31, kinAge42, letterRules34, letterhead26, lineStart, lowerInitialName42,
  lowerPairAfter45, lowerTownState43, nickname38, pEnd, quotedAlias21, recordField43, rowName38, tailLeft,
  townBeforeState44, S_BODY41, S_CAMP59, S_CARRIER41, S_HEADS58, S_TRADE40, S_FEAT41, S_FEATWHERE42, S_WHERE23, SH_CAP, SH_LOWER, SH_NUM, SH_OTHER, SH_UPPER,
  bodyGate41, carrierGate41, carrierOrg41, count, exists, featureLoc41, featureShape41, featureWhereShape42, footPair42,
  initialsAt, jobLabelNext39, laneCode49, lowerOpenerNear, modeAt, pType, progForY38, publicBody41, rd, reportAcronym42,
  round22, round23Initials, slashInitials33, tData, tEnd, tGap, tShape, tStart, tSum, tierOf, tight, tradeFirmOrg40,
  tradeHeads40, whereShape23, whereTail23, wordIn,
} from "./detect";

/**
 * (sp59) step()'s test before rulesA59(): true when token k (start s0, `len` bytes, shape sh, summary sm, byte before c1,
 * 0 at the input's start) may pass one of the run's gates. Each clause is a gate's own first test or implied by it: '|'
 * or '^' before (hl7Facility54()), '(' before (bracketInit54()), two letters at most before '-' (laneCode49()), a summary
 * bit (S_BODY41, S_TRADE40, S_HEADS58, S_CAMP59: publicBody41(), tradeFirmOrg40(), headRules58(), settlement50()), "by"/"via" before by the word before's summary
 * (carrierOrg41()), three to five capitals (reportAcronym42()), a capitalised word before a word of three bytes
 * (progForY38()).
 */
// (stop 60, sp60: the summary's head bits let ~43k tokens of a mixed pass through, "history", "patient", "daily": each
// bit is a length and a first letter. They now also need the token's hash in HEADS_SET60, the set of every head word of
// those rules, headSet60(); and "by"/"via" before by carrierGate41() whole, the test rulesA59() makes, not by its first
// test only, which "be" passed)
// @ts-ignore: decorator
@inline export function mayA59(k: u32, s0: u32, len: u32, sh: u32, sm: u32, c1: u32): bool {
  return (sm & (S_BODY41 | (S_TRADE40 | (S_HEADS58 | S_CAMP59)))) != 0 && headSet60(k) || (c1 == 0x7c || (c1 == 0x5e || (c1 == 0x28 && pType == ENTITY_LOCATION ||
    (len <= 2 && byteAt(s0 + len) == 0x2d || (k >= 2 && carrierGate41(k) ||
    (sh == SH_UPPER && (len - 3 <= 2 && tierOf(rd(tData, k)) == 0) || sh == SH_CAP && (k + 2 < count &&
    (rd(tEnd, k + 1) - rd(tStart, k + 1) == 3 && byteAt(rd(tStart, k + 1)) == 0x66))))))));
}

/**
 * (sp59) step()'s rules from hs54b's HL7 facility to pl50's settlement, in step()'s order, each behind its own gate as it
 * was inline (the comments at each are step()'s, kept there). True when one wrote (step() returns).
 */
export function rulesA59(k: u32, s0: u32, len: u32, sh: u32, sm: u32): bool {
  // (stop 54, hs54b: hl7Facility54(); bracketInit54(); stop 49, fy49: laneCode49())
  if (s0 > 0 && ((byteAt(s0 - 1) == 0x7c || byteAt(s0 - 1) == 0x5e) && hl7Facility54(k))) return true;
  if (s0 > 0 && (byteAt(s0 - 1) == 0x28 && (pType == ENTITY_LOCATION && bracketInit54(k, sh, modeAt(k))))) return true;
  if (len <= 2 && (byteAt(s0 + len) == 0x2d && (k >= 1 && (k + 1 < count && laneCode49(k, len, sh))))) return true;
  // (stop 41: publicBody41(); stop 40: tradeFirmOrg40())
  if (k >= 1 && (sh <= SH_UPPER && (exists(k - 1) && (tight(k) && (bodyGate41(k) && publicBody41(k, sh)))))) return true;
  if ((sm & S_TRADE40) != 0 && (k >= 2 && (sh <= SH_UPPER &&
    ((rd(tShape, k - 1) == sh || sh == SH_CAP && rd(tShape, k - 1) == SH_UPPER) && (exists(k - 1) &&
    ((sh != SH_LOWER || lowerOpenerNear(k)) &&
    (wordIn(k, tradeHeads40(len)) && tradeFirmOrg40(k, sh)))))))) return true;
  // (stop 58, sp58: the nine head rules)
  // (stop 60, sp60: and the head set, headSet60(): a token let in by another gate pays no call for the heads)
  if (sh <= SH_UPPER && ((sm & S_HEADS58) != 0 && (headSet60(k) && headRules58(k, sh, len, sm)))) return true;
  // (stop 41: carrierOrg41(); stop 42: reportAcronym42(); stop 38: progForY38())
  if (k >= 2 && (tight(k) && (carrierGate41(k) && carrierOrg41(k, sh)))) return true;
  if (sh == SH_UPPER && (len - 3 <= 2 && (tierOf(rd(tData, k)) == 0 && reportAcronym42(k)))) return true;
  if (sh == SH_CAP && (k + 2 < count && (rd(tEnd, k + 1) - rd(tStart, k + 1) == 3 && (byteAt(rd(tStart, k + 1)) == 0x66 &&
    (byteAt(rd(tStart, k + 1) + 1) == 0x6f && (byteAt(rd(tStart, k + 1) + 2) == 0x72 && progForY38(k))))))) return true;
  // (stop 50, pl50: settlement50(); its length and letter are S_CAMP59's)
  const b0 = byteAt(s0);
  return (len == 4 && (b0 | 0x20) == 0x63 || len == 11 && (b0 | 0x20) == 0x72) && settlement50(k, sh);
}

// (stop 60, sp60) A set of 4096 bits of the head words of run A's rules by their first hash, as pushToken() hashes a token
// (tH1): publicBody41()'s BODY_HEADS41, tradeFirmOrg40()'s tradeHeads40(), headRules58()'s rules' heads (dmeVendor54()'s
// "ambulance", "transport", LAST54, "medical", "respiratory"; pharmacyAlone55()'s HEADS55; healthAlone56()'s "health";
// collectiveOrg57y()'s HEADS57Y; gridRoad57y()'s "road", "rd"; workHead57()'s "line", "lines", LEGAL57, HEADS57 and
// tradeHeads40(); worship57()'s WORSHIP_FIRST57 and WORSHIP_LAST57; schoolAlone57h()'s "school", "elementary",
// "university", "college"; militaryBase57h()'s "base", "station", "squadron", "fort") and settlement50()'s "camp",
// "reservation". Each rule's first word test is wordIn() of its head list, which matches a token only if its bytes fold
// to the word's (lower-case ASCII), hence only if its hash is the word's: a token whose hash's bit is clear is no head
// of any of them, and the set is exact as a filter (~3% of other words pass it). Filled once per process (namesBegin()).
const HEADS_SET60: usize = memory.data(BLOOM_BYTES60);
const HEAD_WORDS60 = "\u0009ambulance\u0009transport\u0007medical\u000brespiratory\u0006health\u0004road\u0002rd\u0004line\u0005lines\u0006school\u000aelementary\u000auniversity\u0007college\u0004base\u0007station\u0008squadron\u0004fort\u0004camp\u000breservation";

/** (stop 60, sp60) Fills HEADS_SET60 (once per process, from namesBegin() after fillSums45()) with r60_sq60.ts's bloomAdd60(). */
export function fillHeads60(): void {
  bloomAdd60(HEADS_SET60, HEAD_WORDS60);
  bloomAdd60(HEADS_SET60, BODY_HEADS41);
  for (let n: u32 = 5; n <= 13; n++) bloomAdd60(HEADS_SET60, tradeHeads40(n));
  bloomAdd60(HEADS_SET60, LAST54);
  bloomAdd60(HEADS_SET60, HEADS55);
  bloomAdd60(HEADS_SET60, HEADS57Y);
  bloomAdd60(HEADS_SET60, LEGAL57);
  bloomAdd60(HEADS_SET60, HEADS57);
  bloomAdd60(HEADS_SET60, WORSHIP_FIRST57);
  bloomAdd60(HEADS_SET60, WORSHIP_LAST57);
}

/** (stop 60, sp60) Token k's first hash is in HEADS_SET60: it may be a head word of run A's rules (see there). */
// @ts-ignore: decorator
@inline export function headSet60(k: u32): bool {
  return bloomHas60(HEADS_SET60, rd(tH1, k));
}

/**
 * (sp59) step()'s test before rulesB59(): token k may pass one of the gates of step()'s second run: whereTail23()'s (three
 * bytes at least after a word whose summary holds S_WHERE23), featureLoc41()'s (after S_FEATWHERE42, a feature head's
 * summary S_FEAT41 one or two tokens ahead), initialsAt()'s
 * (its inline shape tests), round22()'s and round 23's (two or three bytes in lower case or capitals, then the input's
 * end, a line's end, '/', a blank before '/' or before the second blank jobLabelNext39() wants, or "y" two bytes before).
 */
// @ts-ignore: decorator
@inline export function mayB59(k: u32, s0: u32, len: u32, sh: u32): bool {
  if (len >= 3 && k > 0) {
    const ps = rd(tSum, k - 1);
    if ((ps & S_WHERE23) != 0) return true;
    if ((ps & S_FEATWHERE42) != 0 && (k + 1 < count && ((rd(tSum, k + 1) & S_FEAT41) != 0 || k + 2 < count &&
      (rd(tSum, k + 2) & S_FEAT41) != 0))) return true;
  }
  if (sh == SH_UPPER && (k + 1 < count && (rd(tShape, k + 1) == SH_LOWER || (len <= 3 && (rd(tShape, k + 1) == SH_OTHER ||
    rd(tShape, k + 1) == SH_UPPER && (rd(tGap, k + 1) & (G_JOIN | G_COLON)) != 0))))) return true;
  if (len - 2 > 1 || (sh != SH_LOWER && sh != SH_UPPER)) return false;
  const e = s0 + len;
  if (e >= inLen) return true;
  const a = byteAt(e);
  if (a == 0x0a || (a == 0x0d || a == 0x2f)) return true;
  if (a == 0x20 && (e + 1 < inLen && (byteAt(e + 1) == 0x20 || byteAt(e + 1) == 0x2f))) return true;
  return s0 >= 3 && (byteAt(s0 - 2) | 0x20) == 0x79;
}

/**
 * (sp59) step()'s rules from the upper-case initials to round 23's initials closing their line, in step()'s order, each
 * behind its own gate as it was inline (the comments at each are step()'s, kept there). True when one wrote.
 */
export function rulesB59(k: u32, s0: u32, len: u32, sh: u32): bool {
  // (initialsAt(); round 22: round22(); round 23: whereTail23(); stop 41, loc41: featureLoc41(); round 23 and stop 39:
  // round23Initials(), slashInitials33(), footPair42())
  if (sh == SH_UPPER && (k + 1 < count && ((rd(tShape, k + 1) == SH_LOWER || (len <= 3 && (rd(tShape, k + 1) == SH_OTHER ||
    (rd(tShape, k + 1) == SH_UPPER && (rd(tGap, k + 1) & (G_JOIN | G_COLON)) != 0)))) && initialsAt(k)))) return true;
  if (len <= 3 && (len >= 2 && (s0 >= 3 && ((sh == SH_LOWER || sh == SH_UPPER) && (((byteAt(s0 - 2) | 0x20) == 0x79 ||
    sh == SH_LOWER && (s0 + len >= inLen || (byteAt(s0 + len) == 0x2f || (byteAt(s0 + len) == 0x0a || (byteAt(s0 + len) == 0x0d ||
      byteAt(s0 + len) == 0x20 && (s0 + len + 1 < inLen && byteAt(s0 + len + 1) == 0x2f)))))) && round22(k, sh, len)))))) return true;
  if (len >= 3 && (k > 0 && (exists(k - 1) && (whereShape23(k - 1) && whereTail23(k, sh))))) return true;
  if (len >= 3 && (k >= 2 && (sh != SH_NUM && (sh != SH_OTHER && (k + 1 < count && (tight(k) && (featureWhereShape42(k - 1) &&
    ((featureShape41(k + 1) || k + 2 < count && featureShape41(k + 2)) && featureLoc41(k, sh))))))))) return true;
  return len >= 2 && (len <= 3 && (k >= 2 && ((sh == SH_UPPER || sh == SH_LOWER) && ((s0 + len >= inLen || (byteAt(s0 + len) == 0x0a ||
    (byteAt(s0 + len) == 0x0d || byteAt(s0 + len) == 0x20 && jobLabelNext39(k)))) && (round23Initials(k) || (slashInitials33(k, sh) ||
    footPair42(k, sh)))))));
}


/**
 * (sp59) step()'s test before rulesC59(): token k (start s0, `len` bytes, shape sh, summary sm, byte before cb, 0 at the
 * input's start) may pass one of the gates of step()'s third run: an address's tail left (continueTail()), a pending
 * span's end right before it (facTail31(), lowerPairAfter45()), a state's code after a pending place (stateTown54()), a
 * pending span one blank or a number before it, or '(' (branchTown55()), letterRules34()'s own test.
 */
// @ts-ignore: decorator
@inline export function mayC59(k: u32, s0: u32, len: u32, sh: u32, sm: u32, cb: u32): bool {
  return tailLeft > 0 || (cb == 0x28 || (pType != 0 && (pEnd + 1 == s0 || (pType == ENTITY_LOCATION && (len == 2 &&
    (rd(tData, k) & F_STATE) != 0) || k > 0 && (pEnd == rd(tEnd, k - 1) || rd(tShape, k - 1) == SH_NUM && rd(tStart, k - 1) == pEnd + 3))) ||
    ((sm & S_LETTER34) != 0 || (sh == SH_OTHER || (len == 3 || len == 4) && (byteAt(s0 + len - 1) | 0x20) == 0x75))));
}

/**
 * (sp59) step()'s rules from an address's tail to letterRules34(), in step()'s order, each behind its own gate as it was
 * inline (the comments at each are step()'s, kept there). True when one wrote.
 */
export function rulesC59(k: u32, s0: u32, len: u32, sh: u32, sm: u32, b0: u32): bool {
  // (continueTail(); stop 31 and stop 45, loc45: facTail31(), lowerPairAfter45(); stop 54, pl54: stateTown54(); stop 55,
  // pl55: branchTown55(); stop 34: letterRules34())
  if (tailLeft > 0 && continueTail(k)) return true;
  if ((pType == ENTITY_LOCATION || pType == ENTITY_NAME) && (k > 0 && (pEnd == rd(tEnd, k - 1) && (len >= 3 ? facTail31(k, sh) :
    len == 2 && (sh == SH_LOWER && lowerPairAfter45(k)))))) return true;
  if (pType == ENTITY_LOCATION && (len == 2 && (k >= 2 && ((rd(tData, k) & F_STATE) != 0 && stateTown54(k, modeAt(k)))))) return true;
  // (stop 61, sb61: branchTown55()'s store number is the token right before, opening three bytes after the pending
  // span's end, " #4471 ": its own test, where "after a number" sent ~16k tokens a mixed pass to it)
  if (len >= 3 && (s0 > 0 && ((pType != 0 && (pEnd + 1 == s0 || k > 0 && (rd(tShape, k - 1) == SH_NUM && rd(tStart, k - 1) == pEnd + 3)) ||
    byteAt(s0 - 1) == 0x28) && branchTown55(k, sh)))) return true;
  // (stop 61, sb61: a token of S_LETTER34 only when its first two letters may open one of the rules' words, letterMay61()
  // in r61_sb61.ts: "with", "exam", "chest", "normal" and ~17k more a mixed pass paid letterRules34()'s tests)
  if ((sh == SH_OTHER || ((len == 3 || len == 4) && (byteAt(s0 + len - 1) | 0x20) == 0x75 || (sm & S_LETTER34) != 0 &&
    letterMay61(s0, len, b0))) && letterRules34(k, s0, len, sh, b0)) return true;
  return false;
}

/**
 * (stop 60, sp60) step()'s test before rulesD59(): token k (start s0, shape sh, `plain` as step() computed it, byte before
 * c1, 0 at the input's start) may pass one of the run's gates. Each clause is a gate's own first test: a capitalised or
 * upper-case word in the first 240 bytes (the letterheads); then, not plain, a comma, a tab, '"', '>', '(' or (after a
 * pending name) '-' right before; a line's or the input's start (csvField()'s separatorNear()); one blank after '|', a
 * blank (the aligned tables), a comma, a colon, '&', or in lower case after an initial's period ("by l. foster",
 * lowerInitialName42()). Stop 59 called rulesD59() for every token not plain: after '/', '.', '-' in dates, phones and
 * codes, and after a sentence's period, all of which fail every gate there.
 */
// @ts-ignore: decorator
@inline export function mayD60(k: u32, s0: u32, sh: u32, plain: bool, c1: u32): bool {
  if (s0 < 240 && (sh == SH_CAP || sh == SH_UPPER)) return true;
  if (plain) return false;
  if (c1 == 0x2c || (c1 == 0x09 || (c1 == 0x22 || (c1 == 0x3e || (c1 == 0x28 || c1 == 0x2d && pType == ENTITY_NAME))))) return true;
  if ((rd(tGap, k) & (G_NEWLINE | G_START)) != 0) return true;
  if (c1 != 0x20 || s0 < 2) return false;
  const c2 = byteAt(s0 - 2);
  return c2 == 0x7c || (c2 == 0x20 || (c2 == 0x2c || (c2 == 0x3a || (c2 == 0x26 ||
    c2 == 0x2e && (sh == SH_LOWER && (s0 >= 4 && byteAt(s0 - 4) == 0x20))))));
}

/**
 * (sp59) step()'s rules after its plain test (`plain`: one blank after a letter or a digit before the token), in step()'s
 * order: the table and record fields, the letterheads (in a note's first 240 bytes, whatever the gap), and the rules read
 * by the bytes before the token. step() calls it when the token is not plain or opens in the first 240 bytes. True when
 * one wrote.
 * (stop 62, sd62: `c1` is step()'s byte before the token, 0 at the input's start, and the byte before it is read once:
 * each test reloaded them after every call; a plain token goes to the letterheads alone, the only rule that reads one;
 * each branch of the bytes before returns, since no later rule reads the same bytes; rowName38()'s and deviceMaker43()'s
 * first tests inline, rowMay62() and labelMakerMay62() in r62_sd62.ts. The same rules in the same order: no finding moves.)
 */
export function rulesD59(k: u32, s0: u32, len: u32, sh: u32, d: u32, plain: bool, c1: u32): bool {
  // (mayD60() lets a plain token through only in the first 240 bytes, capitalised or in capitals)
  if (plain) return s0 < 240 && ((sh == SH_CAP || sh == SH_UPPER) && (lineStart(k) && clinicLetterhead(k, sh) || k <= 12 && letterhead26(k, sh)));
  // (stop 63, sq63: the rules below by the byte before first, one blank (~70% of the tokens here) or another byte: each
  // rule keeps its place in the order for every byte before, where each test was asked of every token; the line start's
  // separator by separatorNear63(), r63_sq63.ts)
  const ls = (rd(tGap, k) & (G_NEWLINE | G_START)) != 0;
  if (c1 == 0x20) {
    const c2 = s0 >= 2 ? byteAt(s0 - 2) : 0;
    if ((c2 == 0x7c || ls && separatorNear63(k)) && csvField(k, d)) return true;
    // (stop 40, fx28) a person's field of a table aligned with blanks, after a column's gap ("0044721     HARDY, PATIENCE")
    // (stop 40, review: not after a sentence's or a clause's mark, "... stable.  Next": prose's two blanks after a period
    // sent most tokens of dictated notes to the table's header walk, +8% of the mixed set's instructions)
    // (stop 52, og52: a device maker's cell in an implant log's row, before its catalog number and its lot, "SZ 4   STRYKER
    // 5510-F-401   MHRK4471": implantMaker52() in r52_og52.ts, after a column's two blanks whatever mark ends the cell before)
    if (c2 == 0x20 && (sh != SH_NUM && (implantMaker52(k) || !afterMarkGap40(s0 - 2) && alignedPersonFx40(k, d)))) return true;
    if (s0 < 240 && ((sh == SH_CAP || sh == SH_UPPER) && (ls && clinicLetterhead(k, sh) || k <= 12 && letterhead26(k, sh)))) return true;
    if (s0 < 4) return false;
    if (c2 == 0x2c) {
      if (k + 1 < count && (rowMay62(k, sh) && rowName38(k, sh))) return true;
      // (stop 43: in lower-case text a town between a place's comma and a state's, "..., lebanon, nh": the shape and the
      // pending place first, lowerTownState43())
      if (sh == SH_LOWER && (pType == ENTITY_LOCATION && (pEnd == rd(tEnd, k - 1) && lowerTownState43(k)))) return true;
      // (stop 44, loc44: in ALL CAPS and lower case a state's code closing a town that opens its field, "REPORT - LEAD
      // GULCH, SD      REPORT #": the code's flag and length first, townBeforeState44())
      if ((d & F_STATE) != 0 && (len == 2 && (sh != SH_CAP && townBeforeState44(k, sh)))) return true;
      return byteAt(s0 - 3) == 0x29 && kinAge42(k, sh, modeAt(k));
    }
    if (c2 == 0x2e) return sh == SH_LOWER && (byteAt(s0 - 4) == 0x20 && lowerInitialName42(k));
    if (c2 == 0x3a) return labelMakerMay62(k, len, sh) && deviceMaker43(k, sh, true);
    // (stop 46, org46: a practice's or a care home's pair of services after its name, "Big Bend Heart & Vascular",
    // "LEGACY HEIGHTS NURSING & REHAB", "discharge to hamilton rehab & nursing": read at the word after "& ", ampPair46())
    return c2 == 0x26 && ampPair46(k, sh);
  }
  // (stop 27) a field of a CSV/TSV row under a column that names a person or a place, after the row's separator glued
  // before it or opening its line (csvField())
  if ((c1 == 0x2c || (c1 == 0x09 || ls && separatorNear63(k))) && csvField(k, d)) return true;
  // (stop 43, st43) a JSON or XML record's field keyed by its name, right after its opening quote or tag: `"family":
  // "Tuilagi-Christensen"`, `<city>Edison</city>` (recordField43(); the byte before the token first)
  if ((c1 == 0x22 || c1 == 0x3e) && recordField43(k, d)) return true;
  // (fifteenth round) a letterhead's facility opening a line at the top of the note, read before the quiet exits: its
  // words are often core English words ("QUARRY HILL FAMILY PRACTICE")
  // (stop 35, round 26: a letterhead's name closed by a heading's separator on the note's first line, read at its last
  // word, letterhead26())
  // (stop 42, spd42: letterhead26() walks back to the note's first token, token 0, and gives up twelve tokens before k)
  if (s0 < 240 && ((sh == SH_CAP || sh == SH_UPPER) && (ls && clinicLetterhead(k, sh) || k <= 12 && letterhead26(k, sh)))) return true;
  // (stop 38, clinical round 29: a log row's "LAST, FIRST" before its record field, "0945  WOODS, FRANK  MRN"; a nickname
  // in quotes after a name, "Kostelnik, Andrew J. ("Drew")": read before the quiet exits, the words are English words;
  // the bytes before the token first)
  // (stop 42: or after "goes by" or "name as", 'GOES BY "JUNIOR"': quotedAlias21(), before the quiet exits too; after ", "
  // also a list's next child after the last one's age in brackets, "CHILDREN GRACE (9), EMMANUEL (6), DIVINE (2)":
  // kinAge42(); after ". " in lower case a surname after an initial and its period after "by", a label or a cue, "by l.
  // foster", "tech: m. vaagen": lowerInitialName42(); all before the quiet exits, the words are English words too; the
  // bytes before read once)
  if (s0 < 4) return false;
  if (c1 == 0x22) return nickname38(k, sh) || aliasFrame42(k) && quotedAlias21(k, sh, modeAt(k));
  // (stop 53, nm53: a hyphenated surname's second half after a name that stopped at the hyphen or before the surname,
  // "daughter marlene friday-goggles", "NIECE GRAZIA KETTLE-MOREAU": hyphenSurname53() in r53_nm53.ts; the pending
  // type first)
  if (c1 == 0x2d) return pType == ENTITY_NAME && hyphenSurname53(k, sh);
  // (stop 43: a device's maker after a bracket or a device's label, "PACER (MEDTRONIC AZURE, SN RNH448120S)", "DEVICE:
  // HOLOGIC HORIZON A, SN 301744-H": deviceMaker43())
  return c1 == 0x28 && deviceMaker43(k, sh, false);
}
