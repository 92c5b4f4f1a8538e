// Why this file exists: stop 51b's identifier round (id51b), kept out of dispatch.ts and csv.ts: a code of letters, a
// hyphen and digits that opens a row of a table aligned with blanks, under a header whose first column names an
// identifier ("CONTACT ID     NAME ..." over "LBK-003-14     FRIESEN, HELENA"); stop 40's dashCodeColumnFx40 read such
// a code only after a column's gap, and lineStartColumnFx40 only a value whose digits open the line.
import { byteAt, isAlpha } from "../input";
import { lineStartColumnFx40 } from "./csv";

/**
 * (stop 51b, id51b) The digits at ts follow '-' and one to four letters that open their line ("LBK-003-14", "HZ-0101"
 * as a row's first field): the value from the letters on, under the first column of the aligned header above when that
 * column names an identifier (lineStartColumnFx40: two blanks after the value, or one before the header's next column;
 * the header within its window). Returns the value's end, or 0.
 */
export function lineCode51b(ts: u32): u32 {
  let s = ts - 1;
  let k: u32 = 0;
  while (s > 0 && (k < 5 && isAlpha(byteAt(s - 1)))) {
    s--;
    k++;
  }
  if (k == 0 || k > 4) return 0;
  if (s > 0 && (byteAt(s - 1) != 0x0a && byteAt(s - 1) != 0x0d)) return 0;
  return lineStartColumnFx40(s);
}
