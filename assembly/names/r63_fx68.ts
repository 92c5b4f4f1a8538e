// Why this file exists: stop 63 (fx68) widens where stop 52c's Karen or Burmese name may open with its honorific (Saw,
// Naw, Daw; karen52c() in r52_nm52c.ts): not only right after a relation word but also as an entry of a list or a
// form, after a field's colon ("ALIEN: NAW PAW SAY", "present: saw thet win, wife ..."), after a list's comma or
// semicolon ("(HUSBAND, A209448118), NAW MU HSER (DAUGHTER, 14), SAW KAW DOH (SON, 11)"), after an opening bracket
// ("INTERPRETER REQUESTED (SAW LER MOO, ID MV-114)") or after a list's number ("4. Saw Eh Kaw (M, 12)"), where refugee
// health notes write a household's members. Called from karen52c()'s opener test (the honorific already found);
// allocates nothing.
import { GM_PAREN, GM_SEMI, G_COLON, G_COMMA, SH_NUM, exists, gapMarks, lineStart, rd, tEnd, tGap, tShape, tStart } from "./detect";
import { byteAt } from "../input";

/**
 * (stop 63, fx68) Honorific token h opens an entry of a list or a form: the gap before it holds a field's colon, a
 * comma, a semicolon or an opening bracket, or the token before it is a list's number of one or two digits opening its
 * line, written "4." or "4)". karen52c() then asks two syllables after the honorific (one alone is no name here:
 * "Notes: Saw Htoo" stays unread, "Plan: saw him" too), the name closing after them as before. "HPI: Saw PT today",
 * "Course: saw the doctor", "(saw GI 3/4)", "1. Saw Dr Khan" stay sentences (karen52c()'s syllable test refuses their
 * words).
 */
export function listOpener63(h: u32): bool {
  const g = rd(tGap, h);
  if ((g & (G_COLON | G_COMMA)) != 0) return true;
  if ((gapMarks(h) & (GM_PAREN | GM_SEMI)) != 0) return true;
  const p = h - 1;
  if (!exists(p) || (rd(tShape, p) != SH_NUM || (rd(tEnd, p) - rd(tStart, p) > 2 || !lineStart(p)))) return false;
  const b = byteAt(rd(tEnd, p));
  return (b == 0x2e || b == 0x29) && rd(tStart, h) == rd(tEnd, p) + 2;
}
