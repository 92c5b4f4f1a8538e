// Why this file exists: stop 54 (fx54, clinical round 52): an extension "x4417" after a person or a role that closes its
// field by a column gap or a colon, as ED trackers, charge-nurse banners and night page logs write the caller's
// extension in a column of its own: "1922  KRISTY RN X4417        BP 188/102", "CHARGE RN: JOLENE MARIE LUJAN X3312
// ATTENDINGS ON: ...", "2212 from 6n rn tracy x3318: rm 612 ...". phone.ts's phraseExtension22() reads an extension
// after a word that closes its phrase (a line's end, ',', ';', ')', a sentence's period, a field separator set apart);
// a column gap (two blanks or a tab) and a colon with a blank after it end a field the same way, and ask it here.

import { at } from "./util";

/**
 * (stop 54, fx54) The digits of an extension end at e before a column gap (a tab, or two blanks: "X4417        BP") or a
 * colon and a blank ("x3318: rm 612"), a log's or a table's field ending. A time ("x 1:30") has a digit after its
 * colon; the caller still asks for a word or a bracket before the 'x' and no multiplier's "000".
 */
export function fieldGapClose54(e: u32): bool {
  const c = at(e);
  if (c == 0x09) return true;
  if (c == 0x20) return at(e + 1) == 0x20 || at(e + 1) == 0x09;
  return c == 0x3a && (at(e + 1) == 0x20 || at(e + 1) == 0x09);
}
