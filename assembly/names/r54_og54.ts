// Why this file exists: stop 54 (og54) keeps its rules for public bodies out of detect.ts: the remit words a state's,
// a county's or a city's agency is named by that the older lists lacked ("Missouri Department of Agriculture", "Kansas
// Department of Health and Environment", "NC Division of Health Service Regulation", "Office for Civil Rights",
// "Bureau of State Hearings"), and a county's agency or court in lower-case text, which the capitalised county rule
// alone joined to its county ("erie county department of health", "probate court of ashgrove county"). Reads the
// token ring only (k .. k + 3, LOOK_AHEAD), allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import {
  AGENCY_TOPICS27, G_COLON, G_COMMA, G_FAR, G_HYPHEN, G_NEWLINE, G_SENT, NAME_DETERMINERS, NAME_FUNCTION_WORDS, R_ORGANIZATION, SH_LOWER,
  WHERE_FRAMES, agencyEnd27, agencyTail27, count, courtOfCounty27, exists, possessive, rd, spanDone, tEnd, tGap, tShape, tStart, tight,
  wordAfter27, wordIn
} from "./detect";

// (og54) words of an agency's remit the topic lists of stops 27 and 37 lack: agriculture environment supervision
// protection civil rights special hearings administrative works preparedness blind examiners service natural resources
// wildlife
const REMIT54 = "\u000bagriculture\u000benvironment\u000bsupervision\u000aprotection\u0005civil\u0006rights\u0007special\u0008hearings\u000eadministrative\u0005works\u000cpreparedness\u0005blind\u0009examiners\u0007service\u0007natural\u0009resources\u0008wildlife";

/** (og54) Token q is a word of an agency's remit that the older topic lists lack (REMIT54). */
export function remit54(q: u32): bool {
  return wordIn(q, REMIT54);
}

/**
 * (og54) The remit that ends on token k and opens at token m may close an agency's name: "quality" only after another
 * remit word ("Department of Environmental Quality"; a hospital's "Office of Quality" stays a department).
 */
export function remitCloses54(k: u32, m: u32): bool {
  return m < k || !wordIn(k, "\u0007quality");
}

/**
 * (og54) In lower-case text, the county whose name opens at token k and whose head ("county", "parish") is token h has
 * an agency after it named head first ("erie county department of health", "guilford county division of public health",
 * "calcasieu parish office of emergency preparedness"), or a court before it ("probate court of ashgrove county",
 * "circuit court of mccracken county"): the capitalised county rule's two reads, which lowerCounty45() left to it.
 * Writes the county with its agency or its court as an organisation and returns true; false when neither is there.
 */
export function lowerCountyBody54(k: u32, h: u32): bool {
  // (the agency named head first, "department of", "office on"; or a county's remit alone, "adult probation", only
  // when nothing stands tight before the county's word or a frame's word does: "crow wing county community services"
  // stays the older rules', which read the county's first word)
  const headFirst = h + 2 < count && wordIn(h + 2, "\u0002of\u0003for\u0002on");
  const framed = k == 0 || (!exists(k - 1) || (!tight(k) || (wordIn(k - 1, WHERE_FRAMES) || (wordIn(k - 1, NAME_FUNCTION_WORDS) ||
    wordIn(k - 1, NAME_DETERMINERS)))));
  const ag = h + 1 < count && (headFirst || framed) ? agencyEnd27(h + 1, SH_LOWER, true) : 0;
  const c = courtOfCounty27(k, SH_LOWER);
  if (ag == 0 && c == k) return false;
  const e = ag != 0 ? ag : h;
  spanDone(rd(tStart, c), rd(tEnd, e), ENTITY_LOCATION, ag != 0 ? 900 : 800, R_ORGANIZATION, c, e);
  if (ag != 0) agencyTail27(ag);
  return true;
}

/**
 * (og54) Token j follows a remit word's possessive on the same clause ("Department of Children's Services": the "'s"
 * marks the gap before "Services"), with no line break, sentence mark, comma, colon, dash or column gap.
 */
export function possGap54(j: u32): bool {
  return j > 0 && (exists(j - 1) && (possessive(j - 1) && (rd(tGap, j) & (G_NEWLINE | G_SENT | G_COMMA | G_FAR | G_COLON | G_HYPHEN)) == 0));
}

/**
 * (og54) Token e, a remit's word in the case sh, may end the remit so far: any word but "State", which goes on only
 * before another remit word ("Department of State Health Services"; "Missouri Department of Agriculture | state
 * veterinarian" ends before it). Past the look-ahead the next word is read from the bytes.
 */
export function stateGoesOn54(e: u32, sh: u32): bool {
  if (!wordIn(e, "\u0005state")) return true;
  const n = e + 1;
  if (n >= count) return wordAfter27(rd(tEnd, e), sh, AGENCY_TOPICS27);
  return exists(n) && (tight(n) && (rd(tShape, n) == sh && (wordIn(n, AGENCY_TOPICS27) || remit54(n))));
}
