// Why this file exists: stop 61, sb61 (a speed round, no finding moves): the union of letterRules34()'s rules' own first
// tests, by a token's length and its first two letters, asked by rulesC59() before the call. letterRules34()'s summary
// bit (S_LETTER34: a length and a first letter) let ~20k tokens a mixed pass into its nine tests ("with", "exam", "chest",
// "normal", "from"), ~285 instructions each, for a few hundred that any rule reads. Exact: every rule there returns false
// (or, for unitName31(), writes nothing) unless the token is one of its words or passes places32Gate(), and each clause
// below is implied by that first test. Allocates nothing.
import { byteAt } from "../input";
import { places32Gate } from "./detect";

/**
 * (sb61) A token k of `len` bytes at s0, opening with byte b0, of any shape but SH_OTHER, whose summary holds S_LETTER34,
 * may pass one of letterRules34()'s rules (a token ending in "u" of three or four bytes and SH_OTHER tokens are let
 * through by rulesC59() apart). The rules in letterRules34()'s order, each by the word its first wordIn() asks, as its
 * length, first and second letters:
 * - countyBody43(): "county"; unitName31(): UNIT_WORDS31's "ed", "er", "cboc" and "emergency" (its "...cu" words end in
 *   "u"); spelledEmail(): "dot";
 * - places32(): places32Gate() itself (its own test, the second letter read there too);
 * - rareRules(): interstate()'s "i" (no word), deviceTag33()'s DEVICE_WORDS33 ("device", "camera", "terminal", "scope"),
 *   copulaAge()'s, spelledAge33()'s and parenSpelledAge42()'s "ninety";
 * - round25(): "area", "court", "marker"; initialsField39(): "initials"; messageSender39(): "from".
 */
export function letterMay61(s0: u32, len: u32, b0: u32): bool {
  const c = b0 | 0x20;
  const c2 = byteAt(s0 + 1) | 0x20;
  if (len <= 5 && places32Gate(s0, len, c)) return true;
  if (len == 1) return c == 0x69;
  if (len == 2) return c == 0x65 && (c2 == 0x64 || c2 == 0x72);
  if (len == 3) return c == 0x64 && c2 == 0x6f;
  if (len == 4) return c == 0x63 && c2 == 0x62 || (c == 0x61 && c2 == 0x72 || c == 0x66 && c2 == 0x72);
  if (len == 5) return c == 0x73 && c2 == 0x63 || c == 0x63 && c2 == 0x6f;
  if (len == 6) return c == 0x63 && (c2 == 0x6f || c2 == 0x61) || (c == 0x6e && c2 == 0x69 || (c == 0x64 && c2 == 0x65 ||
    c == 0x6d && c2 == 0x61));
  if (len == 8) return c2 == 0x65 ? c == 0x74 : c == 0x69 && c2 == 0x6e;
  return len == 9 && (c == 0x65 && c2 == 0x6d);
}
