// Why this file exists: stop 62, sd62 (a speed round, no finding moves): the first tests of two rules of run D
// (rulesD59(), r59_sp59.ts), read inline before their calls. After ", " rulesD59() called rowName38() for ~9.3k tokens a
// mixed pass (every list's next word: "fever, chills", "Tylenol, Motrin") and after ": " deviceMaker43() for ~7.1k (every
// label's value); each call paid its frame and the token's fields reloaded before the same first tests as below. Exact:
// each function is the rule's own first test (or implied by it), and the rule writes nothing before it. Allocates nothing.
import { G_COLON, G_FAR, G_HYPHEN, G_JOIN, G_NEWLINE, G_OTHER, G_SENT, SH_INITIAL, SH_NUM, SH_UPPER, count, rd, tEnd, tGap, tShape, tStart } from "./detect";

/**
 * (sd62) Token k (shape sh, after ", ") may be FIRST of a row's "LAST, FIRST" (rowName38()): initials go to the rule's own
 * walk (rowInitials38()); else k is a word in lower case, capitalised or in capitals (SH_LOWER, SH_CAP and SH_UPPER are 0
 * to 2) with no line break, sentence's mark, other mark, far gap, colon, hyphen or joiner in its gap, and the token
 * before (LAST's last word) is in the same shape and ends two bytes before k. "fever, chills" and "WOODS, FRANK" pass
 * (the rule reads on); "pain, Tylenol", "Mary's, Frank" (the stem ends before "'s") and "2, Frank" do not.
 */
// @ts-ignore: decorator
@inline export function rowMay62(k: u32, sh: u32): bool {
  return sh == SH_INITIAL || sh <= SH_UPPER && ((rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_COLON | G_HYPHEN | G_JOIN)) == 0 &&
    (rd(tShape, k - 1) == sh && rd(tEnd, k - 1) + 2 == rd(tStart, k)));
}

/**
 * (sd62) Token k (`len` bytes, shape sh, after ": ") may be a device's maker after its label (deviceMaker43(k, sh, true),
 * "DEVICE: HOLOGIC HORIZON A, SN 301744-H", "cgm: Dexcom G7, lot ..."): three to sixteen bytes, no number or initial, a
 * token after it, a colon in its gap and no line break or far gap ("BP: 120/80", "HR: 72", "Dx: R ankle" are none).
 */
// @ts-ignore: decorator
@inline export function labelMakerMay62(k: u32, len: u32, sh: u32): bool {
  return len - 3 <= 13 && (sh != SH_NUM && (sh != SH_INITIAL && (k + 1 < count && (rd(tGap, k) & (G_COLON | G_NEWLINE | G_FAR)) == G_COLON)));
}
