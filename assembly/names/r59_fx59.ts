// Why this file exists: stop 59, fx59 (clinical round 59 from fixture 59, clinical research and trials): the institution
// a research text names right after its site's number or its "Site:" label is the hospital or the clinic where the
// study runs ("SITE 118 - UNIVERSITY OF IOWA HOSPITALS & CLINICS", "Site 07, Indiana University Health Methodist
// Hospital", "site 044, medical university of south carolina"), which the organisation rules
// typed an organisation by its university's or its system's words. Called from one place, flush() (once per span, on an
// organisation's span only): no per-token call site. Reads bytes of the input only, allocates nothing.
import { byteAt, isAlpha } from "../input";
import { eqWord, lettersStart } from "../scanners/util";
import { spacesBack } from "./detect";

/**
 * (fx59) The span opening at a (an organisation's) follows a study site's label: the word "site" (any case), then a
 * site's number of two to five digits (a '#' before it allowed) and a separator ("-", ",", ":", an en or em dash, or
 * one blank alone). ("Site:" alone is left to the older rules: fixture 58 labels a farm after it an organisation.)
 * True: the caller types the span the facility it names. Not after "site" as a body's part ("site 2 of 3 - ..." has
 * no number right before the separator; "injection site 2 - " one digit only), nor after a site's number that ends a
 * longer code ("Site ND017 - ").
 */
export function siteFacility59(a: u32): bool {
  if (a < 7) return false;
  let i = spacesBack(a);
  if (i == a || i < 6) return false;
  const sep = byteAt(i - 1);
  if (sep == 0x2d || (sep == 0x2c || sep == 0x3a)) {
    i = spacesBack(i - 1);
  } else if (sep >= 0x80) {
    // (an en or an em dash, E2 80 93 / E2 80 94)
    if (!(i >= 4 && (byteAt(i - 3) == 0xe2 && (byteAt(i - 2) == 0x80 && (sep == 0x93 || sep == 0x94))))) return false;
    i = spacesBack(i - 3);
  } else if (a - i != 1) return false;
  // (the site's number of two to five digits, a '#' before it allowed, one blank or more after "site"; one digit is a
  // body site's, "injection site 2 - ...")
  let d = i;
  while (d > 0 && (byteAt(d - 1) >= 0x30 && byteAt(d - 1) <= 0x39)) d--;
  if (i - d < 2 || (i - d > 5 || d < 5)) return false;
  let w = d;
  if (byteAt(w - 1) == 0x23) w--;
  if (isAlpha(byteAt(w - 1)) || w == spacesBack(w)) return false;
  w = spacesBack(w);
  const s = lettersStart(w, w >= 12 ? w - 12 : 0);
  return w - s == 4 && eqWord(s, w, "site");
}
