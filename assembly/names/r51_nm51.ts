// Why this file exists: stop 51 (nm51)'s rules on a staff member's initials after a staff role's label, with its colon
// ("TECH: KLM / RDT", "Techs: BTW, AMH (R. EEG T.)", "EP lab RN: DLS", "rt: jlc.", "Transcribed: kjh 03/14/2099") or
// without it at a line's end ("NURSE KH", "RN TMH: HI"), and on a surname alone after a rank or an office ("DET. GRAVES,",
// "CHIEF NAPIER", "with Lt. Oyelaran"), in every case style; kept out of detect.ts (the call sites stay there, in
// laterRounds()). Reads the token ring and the bytes around the token only, allocates nothing.
import { ENTITY_NAME } from "../abi";
import { byteAt, inLen } from "../input";
import { F_CRED, F_STATE } from "./flags";
import {
  G_COMMA, G_NEWLINE, MODE_CAPS, MODE_LOWER, R_CUE, R_INITIAL, SH_CAP, SH_LOWER, SH_UPPER, closer49, count, endsWithAny, kinClauseEnds,
  medicalShape, rd, span, tData, tDone, tEnd, tGap, tShape, tStart, tierOf, wordIn, wr, NOT_PERSON49,
} from "./detect";
import { NOT_SURNAME_END50B } from "./r50_nm50b";

// the labels of a procedure's or a study's staff whose value a report writes as initials (not "anesthesia", "staff",
// "md", "pt", "referred by": their values are techniques, roles and names)
const STAFF_LABELS51 = "\u0004tech\u0005techs\u000ctechnologist\u000atechnician\u0005nurse\u0002rn\u0002rt\u0003lpn\u0003cna\u0005scrub\u000acirculator\u000cphlebotomist\u0005phleb\u000bsonographer\u000btranscribed\u0010transcriptionist\u0006scribe\u0008recorder\u000cperfusionist";
// two- and three-letter values of such a label that are no one's initials: a study, a route, an oxygen's device, a
// technique, an answer ("RT: RA", "TECH: CT", "NURSE: NA", "RT: NC 2L", "anesthesia ... MAC"; "N/A" is two tokens)
const NOT_INITIALS51 = "\u0002ra\u0002nc\u0002ct\u0003mri\u0002us\u0002iv\u0002po\u0002im\u0002sq\u0002sc\u0002er\u0002ed\u0002or\u0003icu\u0002ga\u0003mac\u0003prn\u0002na\u0002le\u0002ue\u0002ok\u0003yes\u0002no\u0003neg\u0003pos\u0003wnl\u0003nad\u0003min\u0003max\u0003sec\u0003ekg\u0003ecg\u0003eeg\u0003abg\u0003vbg\u0003cxr\u0002xr\u0003pet\u0003dxa\u0002ir\u0003ent\u0003bid\u0003tid\u0003qid\u0002hs\u0002qd\u0003qhs\u0003tbd\u0003tba\u0003unk\u0003off\u0002on\u0003all\u0003any\u0003per\u0003see\u0002pt\u0003pts\u0002md\u0002dr\u0002np\u0002pa\u0002sw\u0002ot\u0003slp\u0004cpap\u0005bipap\u0004hfnc\u0003nrb\u0003cpr\u0003bls\u0003acl\u0002cm\u0002id\u0002hx\u0002dx\u0002tx\u0002rx\u0002sx\u0002fx\u0002px\u0002re\u0002cc\u0003pca\u0003uap\u0003sig\u0003fyi";

// imaging, cardiology and laboratory technologists' registries the word table holds no credential bit for ("NUC TECH:
// ABW, CNMT")
const CREDS51 = "\u0004cnmt\u0004rdms\u0004rdcs\u0003rvt\u0004arrt\u0003cmt\u0004rept\u0004cpft";

/** Token k is two or three letters of one case that no word list, context word or clinical value reads. */
function initials51(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || e - s > 3) return false;
  const sh = rd(tShape, k);
  if (sh != SH_UPPER && sh != SH_LOWER) return false;
  for (let i = s; i < e; i++) {
    const c = byteAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  const d = rd(tData, k);
  // (a state's two letters are someone's initials after such a label: "TECHS: KS / MBR")
  if (tierOf(d) == 1 || (d & (e - s == 2 ? NOT_PERSON49 & ~F_STATE : NOT_PERSON49)) != 0) return false;
  return !wordIn(k, NOT_INITIALS51) && !medicalShape(k);
}

/**
 * The initials' field closes at byte e: a line's or the text's end, a tab, a column's two blanks, a closing bracket,
 * a blank and an opening bracket or a digit (a credential in brackets, a date: "AMH (R. EEG T.)", "kjh 03/14/2099"),
 * or a period that ends the line ("RT: JLC.").
 */
function closes51(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  if (b == 0x0a || (b == 0x0d || (b == 0x09 || b == 0x29))) return true;
  if (e + 1 >= inLen) return b == 0x2e;
  const c = byteAt(e + 1);
  if (b == 0x2e) return c == 0x0a || (c == 0x0d || c == 0x20 && (e + 2 >= inLen || (byteAt(e + 2) == 0x0a || byteAt(e + 2) == 0x20)));
  return b == 0x20 && (c == 0x20 || (c == 0x09 || (c == 0x28 || (c >= 0x30 && c <= 0x39))));
}

/** After token k's end, a comma or a slash (blanks around it) and token k + 1 right there: a list's next item. */
function listNext51(k: u32): bool {
  if (k + 1 >= count) return false;
  let i = rd(tEnd, k);
  while (i < inLen && byteAt(i) == 0x20) i++;
  if (i >= inLen || (byteAt(i) != 0x2c && byteAt(i) != 0x2f)) return false;
  i++;
  while (i < inLen && byteAt(i) == 0x20) i++;
  return i == rd(tStart, k + 1) && (rd(tGap, k + 1) & G_NEWLINE) == 0;
}

/** Token k follows token k - 1 and a colon on its line, blanks around it only ("TECH: KLM", "RN : DLS"). */
function colonBefore51(k: u32): bool {
  let i = rd(tStart, k);
  const a = rd(tEnd, k - 1);
  while (i > a && byteAt(i - 1) == 0x20) i--;
  if (i <= a || byteAt(i - 1) != 0x3a) return false;
  i--;
  while (i > a && byteAt(i - 1) == 0x20) i--;
  return i == a;
}

/**
 * (stop 51, nm51) Token k is a staff member's initials after a staff role's label and its colon (STAFF_LABELS51:
 * "TECH: KLM", "TECHNOLOGIST: PDQ", "EP LAB RN: DLS", "rt: jlc.", "TRANSCRIBED: KJH 03/14/2099"): two or three
 * letters of one case (initials51()), closing their field (closes51()) or followed by a comma or a slash and a second
 * item: a credential ("ABW, CNMT"), a dotted one ("PDQ, R. EEG T.") or a second staff member's initials that close
 * theirs ("TECHS: BTW, AMH (", "TECHS: KS / MBR"), which are written too. Returns true when it wrote.
 */
export function staffInitials51(k: u32): bool {
  if (rd(tDone, k) != 0 || (!colonBefore51(k) || (!wordIn(k - 1, STAFF_LABELS51) || !initials51(k)))) return false;
  const e = rd(tEnd, k);
  let second = false;
  if (!closes51(e)) {
    if (!listNext51(k)) return false;
    const n = k + 1;
    const dn = rd(tData, n);
    // (a credential the word table holds after the comma: the older credential rules take the initials, "SCRUB: RTB,
    // RCIS"; a second staff label opens the next field, "NURSE: MLK / TECH DGH")
    if ((dn & F_CRED) != 0) return false;
    if (rd(tDone, n) == 0 && (initials51(n) && closes51(rd(tEnd, n)))) second = true;
    else if (!(wordIn(n, CREDS51) || (wordIn(n, STAFF_LABELS51) || rd(tEnd, n) - rd(tStart, n) == 1 && byteAt(rd(tEnd, n)) == 0x2e))) return false;
  }
  span(rd(tStart, k), e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  // (a registry's credential no list holds closes the name: no later rule reads it as a surname, "ABW, CNMT")
  if (!second && (k + 1 < count && wordIn(k + 1, CREDS51))) wr(tDone, k + 1, 0xff);
  if (second) {
    span(rd(tStart, k + 1), rd(tEnd, k + 1), ENTITY_NAME, 600, R_INITIAL);
    wr(tDone, k + 1, ENTITY_NAME);
  }
  return true;
}

// the staff labels whose initials a note writes without a colon at a line's end or before a message's colon ("DANIEL
// OYELOWO, MD / NURSE KH", "REPLY BY RN TMH: HI KENNY", "ABSTRACTOR PJ (PRIYANKA ..."); not "RT" ("RT TKA" is a side)
const LINE_LABELS51 = "\u0004tech\u0005techs\u000ctechnologist\u0005nurse\u0002rn\u0003lpn\u0003cna\u000aabstractor\u0006scribe\u000cphlebotomist\u000bsonographer";

/**
 * (stop 51, nm51) Token k is a staff member's initials one blank after a staff label (LINE_LABELS51) with no colon
 * between, the initials closing their line or followed right away by a colon or by a blank and an opening bracket
 * ("NURSE KH", "RN TMH: HI", "ABSTRACTOR PJ (PRIYANKA"); lower-case initials are no word of any list; the label
 * follows no comma (a credential after a name: "T. MARCHETTI, RN HSA"). Writes them
 * (name:initial) and returns true.
 */
export function lineInitials51(k: u32): bool {
  const p = k - 1;
  const a = rd(tEnd, p);
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (s != a + 1 || (byteAt(a) != 0x20 || rd(tDone, k) != 0)) return false;
  // (a credential after a name's comma is no label: "T. MARCHETTI, RN HSA")
  if ((rd(tGap, p) & G_COMMA) != 0) return false;
  let ok = e >= inLen;
  if (!ok) {
    const b = byteAt(e);
    ok = b == 0x0a || (b == 0x0d || (b == 0x3a || b == 0x20 && (e + 1 < inLen && byteAt(e + 1) == 0x28)));
  }
  if (!ok || (!wordIn(p, LINE_LABELS51) || !initials51(k))) return false;
  if (rd(tShape, k) == SH_LOWER && tierOf(rd(tData, k)) != 0) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// ranks and offices written before a surname alone that the cue lists lack (a detective's, an officer's, a sergeant's,
// a corporal's, a captain's, a chief's, a pastor's, a sheikh's, an imam's): "DET. GRAVES,", "OFC STRAND BADGE 1187",
// "CHIEF NAPIER.", "SSGT HOLLIS,", "pastor Mugisho)"
const RANKS51 = "\u0003det\u0003ofc\u0004ssgt\u0003sgt\u0003cpl\u0004capt\u0005chief\u0006pastor\u0006sheikh\u0004imam";
// tier 2-3 words that name a state or a duty after a rank, not its holder ("CHIEF RESIDENT" is a core word already)
const STATE_NOUNS51 = "\u0004duty\u0006office\u0007command\u0005staff\u0008sergeant\u0008resident";
// the words before "Lt." that make it a rank and not a side ("transport confirmed with Lt. Oyelaran"; "lt. knee")
const LT_FRAME51 = "\u0004with\u0002to\u0002by\u0004from\u0003and\u0003per\u0006called\u0009contacted\u0008notified";

/**
 * (stop 51, nm51) Token k is a surname alone after a rank or an office the cue lists lack (RANKS51; "Lt." with its
 * period after a word of contact, LT_FRAME51), in the text's case (capitalised, or ALL CAPS after an ALL CAPS rank, or
 * lower case in lower-case text): a word no English list has (no context word, no medical shape, four letters or
 * more: "LT. OYELARAN", "CHIEF NAPIER", "DET. MULLINS", "pastor Kekumu"), or a common or rare English word (tier 2-3,
 * not "Lt.") with no describing word's ending where the clause closes right after it, as after a relative's name, or a
 * badge follows ("DET. GRAVES, REPORT #", "OFC STRAND BADGE 1187", "SGT. MILLS."). Writes the surname (name:cue) and
 * returns true.
 */
export function rankSurname51(k: u32, sh: u32, mode: u32): bool {
  const p = k - 1;
  const shP = rd(tShape, p);
  if (!(sh == SH_CAP || (sh == SH_UPPER && (shP == SH_UPPER || mode == MODE_CAPS) || sh == SH_LOWER && mode == MODE_LOWER))) return false;
  if (rd(tDone, k) != 0 || rd(tEnd, k) - rd(tStart, k) < 4) return false;
  // (one blank after the rank, or an abbreviation's period and one blank: "DET. GRAVES", "Lt. Oyelaran")
  const a = rd(tEnd, p);
  const b = rd(tStart, k);
  const dot = b == a + 2 && (byteAt(a) == 0x2e && byteAt(a + 1) == 0x20);
  if (!(b == a + 1 && byteAt(a) == 0x20 || dot)) return false;
  const lt = a - rd(tStart, p) == 2 && wordIn(p, "\u0002lt");
  if (lt) {
    if (!dot || (p == 0 || !wordIn(p - 1, LT_FRAME51))) return false;
  } else if (!wordIn(p, RANKS51) || dot && a - rd(tStart, p) > 4) return false;
  const d = rd(tData, k);
  const t = tierOf(d);
  if (t == 1 || ((d & NOT_PERSON49) != 0 || (closer49(k) || medicalShape(k)))) return false;
  if (t != 0) {
    if (lt || (endsWithAny(k, NOT_SURNAME_END50B, 0) || wordIn(k, STATE_NOUNS51))) return false;
    if (!(k + 1 >= count || (kinClauseEnds(k) || wordIn(k + 1, "\u0005badge")))) return false;
  }
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 800, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}
