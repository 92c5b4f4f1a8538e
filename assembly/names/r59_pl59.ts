// Why this file exists: stop 59's places round (pl59): a landmark named by its own words and a head of a kind stop 41's
// feature rule (featureLoc41() in detect.ts) did not list, a park, a pond, a bridge, an arena or a mountain range,
// right after a word of where ("found down at Marshview Park.", "AT YOCTANGEE PARK.", "on the Aurora Bridge pedestrian
// rail", "at Pegula Ice Arena;", "near chuska mountains feb 28") is a place (LOCATION-OTHER), not a person: "Park" and
// "Bridge" are surnames, and the name rules read "Marshview Park" as one. The heads widen featureLoc41()'s own look-ahead bit (S_FEAT41, filled once per process), so step() pays
// no new test; the rule's own checks are here. Reads tokens of the input only, allocates nothing.
import { byteAt } from "../input";
import { F_COUNTRY, F_STATE } from "./flags";
import { codeCloses53 } from "./r53_fy53";
import { count, firstStr, rd, tData, tEnd, tStart, wordIn } from "./detect";
import { F63_FEAT, listIn62 } from "./r62_sc62";

// (stop 59, pl59) a landmark's head after its own words: park pond bridge arena mountains
// (not "bay", "beach", "mall", "hall", "field", "yard": "trauma bay 2", "Fenwick Mall" a shop's firm, surnames; not
// "cemetery", fx57's own rule, cemetery57(); not "lake" and "stadium": their lengths and first letters, "LEFT", "LAST",
// "SEVERAL", "SURGERY", opened the look-ahead ~1,500 times more a 1 MB pass, +2.7 M instructions in ALL CAPS)
export const LAND_HEADS59 = "\u0004park\u0004pond\u0006bridge\u0005arena\u0009mountains";

/**
 * (stop 59, pl59) LAND_HEADS59's lengths and first letters (lower case): fillSums45() ORs them into featureLoc41()'s
 * look-ahead bit S_FEAT41.
 */
export function landLC59(l: u32, c: u32): bool {
  return l == 4 ? c == 0x70 : l == 6 ? c == 0x62 : l == 5 ? c == 0x61 : l == 9 && c == 0x6d;
}

/** (stop 59, pl59) Token m is a landmark's head of LAND_HEADS59. */
export function landHead59(m: u32): bool {
  // (stop 63, sp63: behind filter F63_FEAT, m a token of this text by the count test before)
  return m < count && listIn62(F63_FEAT, m, LAND_HEADS59);
}

/**
 * (stop 59, pl59) featureLoc41()'s last checks for a landmark of LAND_HEADS59 whose words k..h (h the head) it has read
 * and taken (in ALL CAPS and lower case one of them a name's, a place's or a word no list has, as it asks for its own
 * heads: "AT THE DOG PARK", "on the golden gate bridge" stay); mode is the text's:
 * - "Park" after "to" or "from" (word p), or right after a listed given name, may be a person's surname ("referred to
 *   Jisoo Park.", "a call from Dana Park", "Met Cora Park");
 * - a state's or a country's word after the head's comma, or a state's code closing its field one blank after it
 *   (codeCloses53()), leaves the town to the older town rules ("in Overland Park, KS", "from Thunder Bay, Ontario",
 *   "FROM STORM LAKE IA."); "at Marshview Park in May" goes on.
 * "at Marshview Park.", "AT ROCKERVILLE PARK;", "on the Aurora Bridge pedestrian rail", "near chuska mountains feb 28".
 */
export function landmark59(p: u32, k: u32, h: u32, mode: u32): bool {
  if (wordIn(h, "\u0004park") && (wordIn(p, "\u0002to\u0004from") || h == k + 1 && firstStr(rd(tData, k)) > 0)) return false;
  const n = h + 1;
  if (n < count && (rd(tData, n) & (F_STATE | F_COUNTRY)) != 0) {
    const e = rd(tEnd, h);
    if (rd(tStart, n) == e + 2 && byteAt(e) == 0x2c) return false;
    if (codeCloses53(h, mode, true)) return false;
  }
  return true;
}
