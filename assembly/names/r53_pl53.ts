// Why this file exists: stop 53's facility rule (pl53), kept out of detect.ts: a core English word that opens a
// facility's name, "desert sage medical center", "Bright Harbor Children's Hospital", "ROYAL CORNWALL HOSPITAL", which
// the facility rule strips from the name's start as prose, stays where a where-word or a field's mark stands before it
// (docs/names-rounds.md, "Stop 53, pl53").
import { F_STREET_PREFIX, F_TITLE, F_CUE, F_CRED, F_STREET, F_UNIT, F_FACILITY, F_STATE, F_MONTH, F_COUNTRY, F_PLACE_SUFFIX,
  F_VERB_BY, F_NOT_NAME, F_ALLOW, F_LOC_CUE, F_BOX, F_BY, F_PARTICLE } from "./flags";
import { rd, pType, pEnd, tStart, tEnd, tData, tShape, tDone, tGap, G_NEWLINE, G_COMMA, G_FAR, SH_NUM, tight, exists, tierOf, firstStr, lastStr, placeStr,
  wideDashBefore31, wordIn } from "./detect";
import { byteAt } from "../input";

// (pl53) the words of where before a facility's name: "treated at desert sage medical center", "referral to advocate
// christ medical center", "outside films from crow/...", "signed for northern light acadia hospital"
const WHERE53 = "\u0002at\u0002to\u0004from\u0003per\u0003via\u0003for\u0004near\u0004into\u0006toward\u0007towards";

// (pl53) words prose puts between a where-word and a facility's name (adjectives of which one, determiners, pronouns,
// quantifiers, verbs after "to", adverbs): "seen at outside mercy hospital", "transfer to another lahey clinic", "went
// to see mercy hospital", "from both riverside hospital and ..."; none opens a facility's own name
const PROSE53 = "\u0003new\u0003old\u0007outside\u0005local\u0006nearby\u0005other\u0007another\u0004same\u0005prior\u0008previous\u0006former\u0005usual\u0007regular\u0004main\u0008original\u0007closest\u0007nearest\u0004both\u0003all\u0003any\u0004each\u0005every\u0003see\u0004call\u0005visit\u0007contact\u0006return\u0006attend\u0006follow\u0004send\u0003fax\u0005leave\u0003get\u0004take\u0004come\u0005bring\u0008transfer\u0005admit\u0004seen\u0006called\u0004sent\u0004went\u0005their\u0003his\u0003her\u0003our\u0004your\u0002my\u0004this\u0004that\u0005these\u0005those\u0003its\u0003the\u0003and\u0003but\u0004then\u0004also\u0003now\u0005again\u0005still\u0004only\u0004just\u0006please\u0006either\u0007neither\u0006nearer\u0004home\u0004work\u0006school\u0007current\u0006recent\u0005first\u0004last\u0004next\u0006second\u0004some\u0004many\u0004most\u0003few\u0006single\u0004busy\u0005large\u0005small\u0003big\u0004huge\u0006closer\u0006public\u0007private\u0005rural\u0005urban\u0005state\u0006county\u0004city\u0004area\u0006larger\u0007smaller\u0006higher\u0005lower\u0006better\u0004best\u0008tertiary\u0009secondary\u0007primary\u0009different\u0007similar\u0006actual\u0008specific\u0007general\u0008regional\u0007medical";

// every flag that makes a word a frame's, a cue's or a place's part (detect.ts's CONTEXT_WORDS less nothing, with "by"
// and particles)
const FRAME53: u32 = F_STREET_PREFIX | F_TITLE | F_CUE | F_CRED | F_STREET | F_UNIT | F_FACILITY | F_STATE | F_MONTH | F_COUNTRY |
  F_PLACE_SUFFIX | F_VERB_BY | F_NOT_NAME | F_ALLOW | F_LOC_CUE | F_BOX | F_BY | F_PARTICLE;

/**
 * (pl53) The bytes between tokens o - 1 and o are blanks and one mark that opens a field or a title's name: a colon, a
 * dash (ASCII, en or em), an opening bracket or a slash ("treated at: desert sage ...", "note — bright harbor ...",
 * "(heritage oaks clinic", "infection/grand strand ..."); no comma, no period, no line break, no column gap.
 */
function markBefore53(o: u32): bool {
  const a = rd(tEnd, o - 1);
  const b = rd(tStart, o);
  if (b - a > 6) return false;
  let marks = 0;
  for (let p = a; p < b; p++) {
    const c = byteAt(p);
    if (c == 0x20) continue;
    if (c == 0x3a || (c == 0x2d || (c == 0x28 || c == 0x2f))) marks++;
    // (UTF-8 en and em dashes: E2 80 93, E2 80 94)
    else if (c == 0xe2 && (p + 2 < b && (byteAt(p + 1) == 0x80 && (byteAt(p + 2) == 0x93 || byteAt(p + 2) == 0x94)))) { marks++; p += 2; }
    else return false;
  }
  return marks == 1;
}

/**
 * (pl53) Between the opener o and the name's next word j: one blank ("desert sage"), or a dash between blanks, a
 * brand before its campus ("banner – university medical center tucson"); not a hyphen that
 * glues a word ("not-tsoo gah-nee health center"), nor a column's gap ("COLLATERAL   UPMC WESTERN PSYCHIATRIC").
 */
function nameGap53(o: u32, j: u32): bool {
  const a = rd(tEnd, o);
  const b = rd(tStart, j);
  if (b == a + 1) return byteAt(a) == 0x20;
  if (b == a + 3) return byteAt(a) == 0x20 && (byteAt(a + 1) == 0x2d && byteAt(a + 2) == 0x20);
  // (" – " and " — ": a blank, then detect.ts's wide dash and its blank, E2 80 93 or 94 and 20, right before j)
  return b == a + 5 && (byteAt(a) == 0x20 && wideDashBefore31(b) != 0);
}

/**
 * (pl53) Token o is a verb's -ing or -ed form with no name's or place's strength ("serving cobalt ridge medical center",
 * "transferred parkview medical center"); "Kettering", "Reading", "Redwood" are names or places.
 */
function verbForm53(o: u32, d: u32): bool {
  if ((firstStr(d) | lastStr(d) | placeStr(d)) != 0) return false;
  const e = rd(tEnd, o);
  const c1 = byteAt(e - 1) | 0x20;
  const c2 = byteAt(e - 2) | 0x20;
  return c2 == 0x65 && c1 == 0x64 || (c1 == 0x67 && (c2 == 0x6e && (byteAt(e - 3) | 0x20) == 0x69));
}

/**
 * (stop 53, pl53) The facility rule's name (a facility's head, not an organisation's) now opens at token j, a word kept
 * before its head; token o = j - 1, tight before it in its shape, not yet decided and under no pending span, is a word
 * the rule stripped or stopped at as prose ("desert", "bright", "royal", "great", "heritage", "river"): it opens the name
 * when
 * - it is a word of three letters or more, no frame's, cue's or place's part (FRAME53) and no word prose puts before a
 *   name (PROSE53: "outside", "local", "the", "his", "see", "transfer");
 * - and before it stands a where-word (WHERE53) tight before it in its shape ("treated at river oaks
 *   hospital", "referral to advocate christ medical center"), or one mark that opens a field or a title's name
 *   (markBefore53(): "treated at: desert sage medical center", "note — Bright Harbor Children's Hospital").
 */
export function coreOpener53(j: u32): bool {
  const o = j - 1;
  if (!tight(j) || (rd(tShape, o) != rd(tShape, j) || (rd(tDone, o) != 0 || !nameGap53(o, j)))) return false;
  // (the name's next word is a word of its own, no article or particle: "ante la sospecha clínica")
  if (rd(tEnd, j) - rd(tStart, j) < 3 || (rd(tData, j) & F_PARTICLE) != 0) return false;
  // (nor a word a pending span covers: a name or a place just found before it)
  if (pType != 0 && pEnd > rd(tStart, o)) return false;
  const d = rd(tData, o);
  // (a word of the dictionaries' English, not another language's unknown word: "ante la sospecha clínica")
  if ((d & FRAME53) != 0 || (rd(tShape, o) == SH_NUM || tierOf(d) == 0)) return false;
  const s0 = rd(tStart, o);
  const e0 = rd(tEnd, o);
  if (e0 - s0 < 3) return false;
  for (let p = s0; p < e0; p++) if ((byteAt(p) | 0x20) - 0x61 >= 26) return false;
  if (wordIn(o, PROSE53) || verbForm53(o, d)) return false;
  if (o == 0 || !exists(o - 1)) return false;
  if ((rd(tGap, o) & (G_NEWLINE | G_FAR | G_COMMA)) != 0) return false;
  if (tight(o)) return rd(tShape, o - 1) == rd(tShape, o) && wordIn(o - 1, WHERE53);
  return markBefore53(o);
}
