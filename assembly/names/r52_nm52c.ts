// Why this file exists: stop 52c (nm52c)'s rule on a Karen or Burmese relative's name opened by its honorific, Saw
// (a man's), Naw (a woman's) or Daw (an older woman's), right after a relation word, in every case style ("HOUSEHOLD:
// WIFE NAW EH LER 56; SON SAW THA BLAY 24; MOTHER NAW MU MU 93", "HUSBAND SAW KYAW HTOO (IGRA NEG X2)", "mother daw
// khin may 92", "husband Saw Eh Htoo 715-555-0157"): the older rules take the name's syllables after the honorific at
// best ("THA BLAY", "DAW KHIN") or nothing ("NAW EH LER"), since "saw" is a core word and the syllables are short
// words no list has or core words ("EH", "MU", "PAW", "MAY"). Kept out of detect.ts (the call site stays there, in
// laterRounds()). Reads the token ring up to two tokens ahead and allocates nothing.
import { ENTITY_NAME } from "../abi";
import { byteAt } from "../input";
import { F_CRED, F_MONTH, F_NOT_NAME, F_STATE, F_TITLE, F_UNIT } from "./flags";
import {
  KIN_WORDS, MODAL_WORDS, MODE_LOWER, R_CUE, SH_CAP, SH_LOWER, SH_NUM, SH_UPPER, count, exists, kinClauseEnds, medicalShape,
  phoneNext38, rd, signRefused45, span, tData, tDone, tEnd, tShape, tStart, tierOf, tight, wordIn, wr,
} from "./detect";
import { hotIn62 } from "./r62_sc62";
import { listOpener63 } from "./r63_fx68";

// the honorifics that open a Karen or Burmese name: Saw (a man), Naw (a woman), Daw (an older woman)
export const HONORIFICS52C = "\u0003saw\u0003naw\u0003daw";

/** Token m is one syllable of the name after the honorific at h: tight, the honorific's shape, two to five ASCII letters,
 * no title, credential, state or clinical abbreviation (signRefused45: "SON SAW PT", "WIFE SAW GI"), no word the table
 * marks as no name's; after "saw" (`loose` false) no month's or unit's word or modal either. Returns 2 for a word no English list has, 1 for a short (two or three letters)
 * listed word ("EH", "MU", "PAW", "MAY"), 0 for none. */
function syllable52c(m: u32, h: u32, loose: bool): u32 {
  if (m >= count || (!tight(m) || rd(tShape, m) != rd(tShape, h))) return 0;
  const s = rd(tStart, m);
  const e = rd(tEnd, m);
  if (e - s < 2 || e - s > 5) return 0;
  for (let i = s; i < e; i++) if (((byteAt(i) | 0x20) < 0x61 || (byteAt(i) | 0x20) > 0x7a)) return 0;
  const d = rd(tData, m);
  // (after Naw or Daw, no English word, a month's or a unit's short word or a modal is a syllable: "DAW KHIN MAY 92",
  // "NAW MU MU 93"; after "saw", the verb, none is)
  if ((d & (F_NOT_NAME | F_TITLE | F_CRED | F_STATE)) != 0 || signRefused45(m)) return 0;
  if (!loose && ((d & (F_MONTH | F_UNIT)) != 0 || wordIn(m, MODAL_WORDS))) return 0;
  if (tierOf(d) == 0) return medicalShape(m) ? 0 : 2;
  return e - s <= 3 ? 1 : 0;
}

/** The name's last syllable n closes it: a clause's end (kinClauseEnds()), a number or a phone after one blank, or the text's
 * end. */
function nameCloses52c(n: u32): bool {
  if (n + 1 >= count) return true;
  return kinClauseEnds(n) || (tight(n + 1) && rd(tShape, n + 1) == SH_NUM || phoneNext38(n));
}

/**
 * (stop 52c, nm52c) Token k is the honorific (Saw, Naw, Daw) or one of the next two tokens of a name the honorific opens
 * right after a relation word (KIN_WORDS, one blank between): one or two syllables after it (syllable52c()), at least one
 * a word no English list has (after Naw or Daw, two short listed words do too), the name closing after its last syllable (nameCloses52c()). The honorific in capitals or
 * capitalised (any text), or in lower case in lower-case text. Writes the NAME from the honorific to the last syllable
 * (name:cue) and marks the tokens from k on done. "SON SAW HIM YESTERDAY", "WIFE SAW DR KHAN", "HUSBAND SAW PT TODAY",
 * "daughter saw the pcp" stay sentences.
 */
export function karen52c(k: u32, mode: u32): bool {
  if (rd(tDone, k) != 0) return false;
  for (let b: u32 = 0; b <= 2; b++) {
    if (k < b + 1) return false;
    const h = k - b;
    if (!exists(h - 1) || (rd(tEnd, h) - rd(tStart, h) != 3 || !hotIn62(h, HONORIFICS52C))) continue;
    const sh = rd(tShape, h);
    if (!(sh == SH_UPPER || (sh == SH_CAP || sh == SH_LOWER && mode == MODE_LOWER))) continue;
    // (stop 63, fx68: or an entry of a list or a form, after a field's colon, a comma, a semicolon, an opening bracket or
    // a list's number, "ALIEN: NAW PAW SAY", "), SAW KAW DOH (SON, 11)", "4. Saw Eh Kaw (M, 12)": listOpener63() in
    // r63_fx68.ts; two syllables asked there)
    const kin = tight(h) && wordIn(h - 1, KIN_WORDS);
    if (!kin && !listOpener63(h)) continue;
    if (h + 1 >= count) return false;
    // (Naw and Daw are no English words after a relative: their syllables may all be short listed words, "NAW MU MU 93")
    const loose = (byteAt(rd(tStart, h)) | 0x20) != 0x73;
    const a1 = syllable52c(h + 1, h, loose);
    if (a1 == 0) continue;
    let last = h + 1;
    let rare = a1 == 2;
    if (h + 2 < count) {
      const a2 = syllable52c(h + 2, h, loose);
      if (a2 != 0 && nameCloses52c(h + 2)) {
        last = h + 2;
        rare = rare || a2 == 2;
      }
    } else if (!nameCloses52c(h + 1)) return false;
    if (last < k || (!(rare || loose && last == h + 2) || (last == h + 1 && (!kin || !nameCloses52c(h + 1))))) continue;
    span(rd(tStart, h), rd(tEnd, last), ENTITY_NAME, 700, R_CUE);
    for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
    return true;
  }
  return false;
}
