// Why this file exists: stop 58's places round (pl58): a listed town that the name lists also hold ("Houston", "ERIE",
// "lexington"), or a town of two or three listed words ("Little Rock", "GREEN BAY"), written right after a facility's, an
// organisation's or a street's comma or spaced dash and closing its field ("Baylor St. Luke's Medical Center, Houston —
// 04-22-2099", "HOSPICE HOUSE OF THE PEE DEE, FLORENCE   EDUCATION", "S MACGREGOR WAY, HOUSTON.") is the place's town,
// not a person: stop 53's facilityTownState53() wanted a state's code after it. Kept out of detect.ts (its call site
// stays in decide(), behind a listed place and a pending place). Reads tokens and bytes of the input only, allocates
// nothing.
import { byteAt, inLen } from "../input";
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { codeEnds53 } from "./r53_fy53";
import { F_FACILITY, F_STATE } from "./flags";
import {
  R_ADDRESS, R_FACILITY, R_ORGANIZATION, commaOrDash39, count, facilitySep39, modeAt, pEnd, pReason, pType, rd,
  tData, tDone, tEnd, tShape, tStart, textShape,
} from "./detect";

/**
 * (stop 58, pl58) Token k (starting at s0) opens a listed place ending at token `last` (k itself, or the last word of a
 * two- or three-word town), of strength ps, right after a facility's, an organisation's or a street's name:
 * - the pending span is a facility, an organisation or a street address (location:facility, location:organization,
 *   location:address), and ", " (or, after a facility or an organisation, a spaced dash) separates it from k
 *   (facilitySep39()); or no span is pending there but the word before the separator is a facility's or an
 *   organisation's head ("Regional One Health, Memphis,": the head's flag) that no name took;
 * - a single word is a place of strength 2 or more (a town, not an English word: "Mercy Hospital, Home" is none);
 * - its words are in the text's case (capitalised in mixed case, capitals in ALL CAPS, lower case in lower-case text);
 * - the town closes its field: the text's or the line's end, a tab or a column's gap, a spaced dash or middle dot, or
 *   '.', ',', ';', ')' right after it (codeEnds53()), " (" or " |"; and no state's code follows it (", MT", " PA": the
 *   older rules read the town, its code and the comma as one place, facilityTownState53() and the address tail).
 * "Saint Vincent Hospital, Erie — Imaging", "Regional One Health, Memphis, MRN", "Community Cancer Institute, Clovis |
 * Pathologist", "Arkansas Children's Hospital, Little Rock — 04/22", "S MACGREGOR WAY, HOUSTON.". Not "Mercy Hospital,
 * Jordan said" (the field goes on), "Mercy Hospital, Florence Nightingale RN", "Mercy Hospital, Home".
 */
export function townAfterPlace58p(k: u32, s0: u32, last: u32, ps: u32): bool {
  if ((last == k && ps < 2) || s0 < 4) return false;
  if (pType == ENTITY_LOCATION && (s0 > pEnd && s0 - pEnd <= 5)) {
    if (!(pReason == R_FACILITY || (pReason == R_ORGANIZATION || pReason == R_ADDRESS)) || !facilitySep39(s0)) return false;
  } else {
    const h = k - 1;
    if ((rd(tData, h) & F_FACILITY) == 0 || (rd(tDone, h) == ENTITY_NAME || !commaOrDash39(rd(tEnd, h), s0, true, true))) return false;
  }
  const mode = modeAt(k);
  const sh = textShape(mode);
  for (let m = k; m <= last; m++) if (rd(tShape, m) != sh) return false;
  const e = rd(tEnd, last);
  // (a state's two-letter code after the town, ", MT" or " PA": the older rules' place)
  const n = last + 1;
  if (n < count && ((rd(tData, n) & F_STATE) != 0 && (rd(tEnd, n) - rd(tStart, n) == 2 && rd(tStart, n) - e <= 2))) return false;
  if (codeEnds53(e, true)) return true;
  // " (" or " |" right after the town
  return e + 1 < inLen && (byteAt(e) == 0x20 && (byteAt(e + 1) == 0x28 || byteAt(e + 1) == 0x7c));
}
