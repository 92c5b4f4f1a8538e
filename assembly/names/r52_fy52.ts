// Why this file exists: stop 52's clinical round 49 (fy52), written from fixture 46's misses: a chat's or a timed log's
// speaker, a given name that is also a town ("Dorothy", "Donna", "Rachel"), after the line's clock time and before the
// colon of the speaker's label ("0830 dorothy: my grandson ...", "1342 DONNA: YES!!"), kept out of detect.ts (its call
// site stays there). Reads bytes of the input only, allocates nothing.
import { byteAt, inLen } from "../input";
import { isDigit } from "../scanners/util";

/**
 * The word [s, e) is a timed line's speaker: a colon right after it, and before it one blank and a clock time that opens
 * the line (the input's start or a newline before it): four digits "0830" (hour below 24, minutes below 60) or "8:30" /
 * "08:30". "0830 dorothy: my grandson ...", "1342 DONNA: YES!!", "07:58 Rachel: ok". "0830 Boston to ..." (no colon),
 * "seen 0830 Dorothy: ..." (no line start) and "1995 Dorothy:" (no clock) name no speaker.
 */
export function clockSpeaker52(s: u32, e: u32): bool {
  if (e >= inLen || (byteAt(e) != 0x3a || (s < 5 || byteAt(s - 1) != 0x20))) return false;
  // the clock's digits and its colon, read back from the blank
  let i = s - 1;
  let n: u32 = 0;
  let colon: i32 = -1;
  while (i > 0 && n < 6) {
    const b = byteAt(i - 1);
    if (isDigit(b)) {
      n++;
      i--;
    } else if (b == 0x3a && (colon < 0 && n == 2)) {
      colon = <i32>n;
      n++;
      i--;
    } else break;
  }
  // the line's start before the clock
  if (i > 0 && (byteAt(i - 1) != 0x0a && byteAt(i - 1) != 0x0d)) return false;
  let h: u32 = 0;
  let m: u32 = 0;
  if (colon < 0) {
    if (n != 4) return false;
    h = (byteAt(i) - 0x30) * 10 + (byteAt(i + 1) - 0x30);
    m = (byteAt(i + 2) - 0x30) * 10 + (byteAt(i + 3) - 0x30);
  } else {
    // "8:30" or "08:30"
    if (n != 4 && n != 5) return false;
    h = n == 5 ? (byteAt(i) - 0x30) * 10 + (byteAt(i + 1) - 0x30) : byteAt(i) - 0x30;
    m = (byteAt(s - 3) - 0x30) * 10 + (byteAt(s - 2) - 0x30);
  }
  return h < 24 && m < 60;
}
