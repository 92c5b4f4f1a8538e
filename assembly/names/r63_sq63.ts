// Why this file exists: stop 63, sq63 (a speed round, no finding moves): run D's (rulesD59(), r59_sp59.ts) line-start
// test for a table's separator, csvField()'s gate, written to read each of the look-ahead's fields and bytes once.
// separatorNear() (detect.ts, which this replaces) reloaded the token's end and the input's address for each of its
// three byte tests, three turns a line, ~280 instructions for each of the ~5.3k tokens a mixed pass that open a line.
// Exact: the same answer from the same fields and bytes (see separatorNear63()). Allocates nothing.
import { byteAt, inLen } from "../input";
import { G_COMMA, G_NEWLINE, count, rd, tEnd, tGap } from "./detect";

/**
 * (sq63) The old separatorNear()'s answer for token k (a line's or the input's first token): a comma in the gap after
 * one of tokens k..k+2, or a tab or " |" right after one of them, no line break before it ("Nguyen,Thi,Houston,TX",
 * "Arlen\tFrost\t1957", "014-003 | A.O. | 91"). Each turn reads the gap after token m once: its comma answers now, its
 * line break ends the walk before token m + 1, as separatorNear()'s next turn asked of the same gap. "Patient seen
 * today" and "Ms. Frost was seen" read false.
 */
export function separatorNear63(k: u32): bool {
  const hi = k + 3 < count ? k + 3 : count;
  let m = k;
  while (true) {
    const g = m + 1 < count ? rd(tGap, m + 1) : 0;
    if ((g & G_COMMA) != 0) return true;
    const e = rd(tEnd, m);
    if (e < inLen) {
      const b = byteAt(e);
      if (b == 0x09 || b == 0x20 && (e + 1 < inLen && byteAt(e + 1) == 0x7c)) return true;
    }
    if (++m >= hi || (g & G_NEWLINE) != 0) return false;
  }
}
