// Why this file exists: stop 59 (oz59) lets a payer's or a claims administrator's one-word brand of og48's word table
// (class 3 of scripts/build-dictionaries.mjs's ORG_PAYER59: "Medica", "Molina", "Anthem", "Sedgwick", "UMR": a Spanish
// word, a surname, an English word or three letters, so never taken alone) be an organisation where a
// payer's context frames it, as orgFrame48()'s "at", "from", "via" frame an employer: a word of coverage before it
// ("Insurance: Medica", "Medicare + Medica", "supplemental Anthem", "medicaid molina") or a word of a plan's record or a
// member's code after it ("Medica ID", "Anthem precert", "MEDICA APPEALS", "gave sedgwick number", "Medica MC44718209").
// Read only from orgWord48() for a token the table keyed as class 3 (no per-token cost). And (second rule, fx58's
// reverted issuerBeforeId58() retried with its refusal) an issuer named right before its code's label and the code
// ("SENT VIA CAREPORT REFERRAL CP-7720418", "AHCCCS ID A77120418"), read at a code's turn from issuerGate38(), with a
// device's, a portal's or a channel's word refused as the issuer ("VIA IPAD ID LL-44812", "via evolent portal (case").
// Allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt, inLen, isAlpha } from "../input";
import { isDigit } from "../scanners/util";
import { F_CRED, F_CUE, F_MONTH, F_TITLE } from "./flags";
import {
  G_COLON, G_COMMA, G_FAR, G_NEWLINE, G_OTHER, G_SENT, MODE_CAPS, MODE_MIXED, R_CAPITALISED, R_CITY, R_FACILITY,
  PAYER_TAILS39, R_ORGANIZATION, R_STATE, SH_CAP, SH_LOWER, SH_UPPER, exists, firstStr, modeAt, pEnd, pReason, pStart, pType, rd,
  spanDone, tData, tDone, tEnd, tGap, tShape, tStart, tierOf, wordIn
} from "./detect";
import { F63_LABELS59, listIn62 } from "./r62_sc62";

// (oz59) words of coverage that name the payer after them ("Insurance: Medica", "carrier Sedgwick", "Medicare + Medica",
// "supplemental Anthem", "AUTH: ANTHEM")
const PAYER_BEFORE59 = "\u0009insurance\u0007insurer\u0007carrier\u0005payer\u0005payor\u0008coverage\u000asupplement\u000csupplemental\u0009secondary\u0008medicare\u0008medicaid\u0004auth\u0007precert";
// (oz59) words of a plan's record after the payer, besides payer39's PAYER_TAILS39 ("member", "claim", "auth", "plan",
// "hmo", "advantage"...): "Medica ID", "Anthem precert", "MEDICA APPEALS", "Humana MA", "gave sedgwick number", "SEDGWICK
// CLAIMS", "the Anthem premium", "Medica card"
const PAYER_AFTER59 = "\u0002id\u0006claims\u0007precert\u0002ma\u000asupplement\u0004card\u0007appeals\u0007premium\u0006number";

/**
 * (oz59) The bytes from a to b are at most four blanks and brackets, and before the payer (`field`) marks of a field or
 * a list too (":", "+", "/": "Insurance: Medica", "Medicare + Medica"); after it no colon ("historia medica: plan de
 * cuidados" is Spanish).
 */
function payerGap59(a: u32, b: u32, field: bool): bool {
  if (b < a || b - a > 4) return false;
  for (let i = a; i < b; i++) {
    const c = byteAt(i);
    if (c == 0x20 || (c == 0x28 || c == 0x29)) continue;
    if (!field || !(c == 0x3a || (c == 0x2b || c == 0x2f))) return false;
  }
  return true;
}

/** (oz59) A member's code right after position e and one blank or "(": letters, then four digits or more ("MC44718209", "MOL-NE-0448120"). */
function memberCode59(e: u32): bool {
  let i = e;
  if (i < inLen && (byteAt(i) == 0x20 || byteAt(i) == 0x28)) i++;
  if (!(i < inLen && isAlpha(byteAt(i)))) return false;
  let digits: u32 = 0;
  while (i < inLen && (isAlpha(byteAt(i)) || (isDigit(byteAt(i)) || byteAt(i) == 0x2d))) {
    if (isDigit(byteAt(i))) digits++;
    i++;
  }
  return digits >= 4;
}

/**
 * (oz59) Token k, a payer's brand of class 3, stands in a payer's context on its line: a word of PAYER_BEFORE59 right
 * before it, or a word of PAYER_TAILS39 or PAYER_AFTER59 or a member's code right after it, with at most a field's or a
 * list's mark between. "Insurance: Medica MDC-88104472", "medicaid molina id", "Anthem precert ANT-06", "SEDGWICK CLAIMS".
 */
export function payerFrame59(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (k > 0 && (exists(k - 1) && ((rd(tGap, k) & (G_NEWLINE | G_FAR)) == 0 && (payerGap59(rd(tEnd, k - 1), s, true) && wordIn(k - 1, PAYER_BEFORE59))))) return true;
  if (exists(k + 1) && ((rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0 && (payerGap59(e, rd(tStart, k + 1), false) && (wordIn(k + 1, PAYER_TAILS39) || wordIn(k + 1, PAYER_AFTER59))))) return true;
  return memberCode59(e);
}

// ---- (oz59) an issuer named before its code's label: stop 58 fx58's issuerBeforeId58() (third build), retried ----
// the identifier's label between the issuer's name and its code ("AHCCCS ID", "medica, member id", "DCFS case #",
// "CAREPORT REFERRAL", "Myriad order"); og46b's PAYER_TRAIL46B plus the labels of cases, files, orders and appeals
export const LABELS59 = "\u0006member\u0003mbr\u0002id\u0005claim\u0004case\u0004auth\u0003ref\u0008referral\u0006policy\u0005group\u0004file\u0005order\u0007account\u0004acct\u0006appeal\u0002no\u0006number\u0004cert";
// a frame right before the issuer's first word, where no punctuation opens it ("sent via CAREPORT", "prior auth from
// medica", "your plan is Medica", "carrier LifeMed")
const FRAMES59 = "\u0003via\u0007through\u0004thru\u0004with\u0004from\u0002to\u0002by\u0005under\u0007insurer\u0007carrier\u0005payer\u0005payor\u0009insurance\u0006vendor";
// words that name an identifier's owner or kind, not its issuer ("Patient ID", "Student ID", "Tax ID", "Medicare
// ID", "Study ID", "Device ID", "Employee ID", "Dependent ID"): never the issuer's words
const OWNERS59 = "\u0007patient\u0002pt\u0004pt's\u0007student\u0008employee\u0008provider\u0003tax\u0005study\u0006device\u0004user\u0005login\u0008medicare\u0008medicaid\u0006record\u0005chart\u0005visit\u0009encounter\u0003lab\u0008specimen\u0009accession\u0009dependent\u0006spouse\u000asubscriber\u0006client\u0008resident\u0006inmate\u0007booking\u0005donor\u0009recipient\u0008facility\u0003npi\u0003dea\u0007license\u0007licence\u0005badge\u0005staff\u0006member\u0005claim\u0004case\u0007primary\u0009secondary\u0009insurance\u0004plan\u0006policy\u0005group\u0008tracking\u0009reference\u0004call\u0007session\u0006ticket\u0008personal\u0004self\u0003new\u0003old\u0004your\u0002my\u0003his\u0003her\u0005their\u0004same\u0002mr\u0003mrn";

// (oz59) a device's, a portal's or a channel's word: the means a code was sent or read by, not its issuer ("INTERP VIA
// IPAD ID LL-44812", "via evolent portal (case ev-99-77104)", "sent by fax ref FX-2207741"): never the issuer's words
const MEANS59 = "\u0004ipad\u0006iphone\u0006tablet\u0005phone\u0006portal\u0003app\u0007website\u0003web\u0006online\u0005email\u0003fax\u0005video\u0006laptop\u0008computer\u0005kiosk\u0004cart\u0003vri\u0003vrs\u000atelehealth\u0004text\u0003sms\u0004mail\u0006screen\u0006device";

/** The gap between tokens a and b (a < b) holds only blanks and the bytes of `marks` (at most 4 bytes, no newline). */
function gapOf59(a: u32, b: u32, comma: bool): bool {
  const s = rd(tEnd, a);
  const e = rd(tStart, b);
  if (e < s + 1 || e > s + 4) return false;
  for (let i = s; i < e; i++) {
    const c = byteAt(i);
    if (c == 0x20 || (c == 0x23 || (c == 0x3a || c == 0x2e))) continue;
    if (comma && (c == 0x2c || c == 0x28)) continue;
    return false;
  }
  return true;
}

/** Token j may be one of the issuer's words in the text's case: its shape, no cue, title, credential or month. */
function issuerWord59(j: u32, mode: u32): bool {
  const sh = rd(tShape, j);
  if (mode == MODE_MIXED ? sh != SH_CAP && sh != SH_UPPER : sh != (mode == MODE_CAPS ? SH_UPPER : SH_LOWER)) return false;
  if ((rd(tData, j) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || rd(tEnd, j) - rd(tStart, j) < 2) return false;
  if (rd(tDone, j) == 0xff) return false;
  if (rd(tDone, j) != 0) {
    // (a guess pending over it that the issuer's score may retype: a capitalised word's, a town's or a firm's)
    if (pType == 0 || (rd(tStart, j) < pStart || rd(tEnd, j) > pEnd)) return false;
    if (pType == ENTITY_NAME ? pReason != R_CAPITALISED :
      pType != ENTITY_LOCATION || (pReason != R_ORGANIZATION && (pReason != R_FACILITY && (pReason != R_CITY && pReason != R_STATE)))) return false;
  }
  return !wordIn(j, OWNERS59) && (!wordIn(j, LABELS59) && !wordIn(j, MEANS59));
}

/**
 * (oz59, from fx58) Token k opens a code (issuerGate38()'s shape: letters and digits in one token, or two to six letters before a
 * hyphen; five digits or more in the run of letters, digits and hyphens from it: "A77120418", "CP-7720418",
 * "AR-DCFS-99-441720"), after one or two of an identifier's labels (LABELS59; blanks, '#', ':' or '.' between), and
 * right before them (a blank between; a comma or a bracket after a frame only) one to three words of the text's case
 * that open after a frame word (FRAMES59: "sent via CAREPORT", "prior auth from medica, member id") or after a line's,
 * a field's or a clause's break, in ALL CAPS and lower case one word alone ("STUDENT. AHCCCS ID A77120418", "(Holloway;
 * DMAS appeal DMAS-FH-99-0418)"): the words are the code's issuer, an organisation. idIssuer38() (the code's letters
 * are the words' initials) reads first. At least one word no English list holds (tier 0): "Seven Corners claim", "IMRT
 * APPROVED, AUTH A2099-R" stay; the first no given name of strength 2 or more ("Jane Doe ID A1234567" stays); none an
 * owner's or a kind's word (OWNERS59: "Patient ID", "Medicare ID", "Tax ID"), none a word a rule consumed. Writes the
 * organisation (the code stays the scanners').
 */
export function issuerBeforeId59(k: u32): void {
  const s = rd(tStart, k);
  // (the label first: most codes and hyphenated words have none right before them)
  let t = k - 1;
  // (stop 63, sp63: behind filter F63_LABELS59; t, the token before k, exists when t - 1 does)
  if (!exists(t - 1) || (!listIn62(F63_LABELS59, t, LABELS59) || !gapOf59(t, k, false))) return;
  let digits: u32 = 0;
  for (let i = s; i < s + 24 && i < inLen; i++) {
    const c = byteAt(i);
    if (isDigit(c)) digits++;
    else if (!(c == 0x2d || isAlpha(c))) break;
  }
  if (digits < 5 || !isAlpha(byteAt(s))) return;
  if (exists(t - 2) && (listIn62(F63_LABELS59, t - 1, LABELS59) && gapOf59(t - 1, t, false))) t--;
  const last = t - 1;
  if (!exists(last) || rd(tDone, last) == 0xff) return;
  const blank = rd(tStart, t) == rd(tEnd, last) + 1;
  if (!blank && !gapOf59(last, t, true)) return;
  const mode = modeAt(k);
  // (the last word no core English word: "sharp grossmont pending auth", "BD HOME DELIVERY (ORDER")
  if (tierOf(rd(tData, last)) == 1) return;
  let f = last;
  let plain = false;
  let framed = false;
  let capital = mode != MODE_MIXED;
  for (let n = 0; n < 3; n++) {
    if (!issuerWord59(f, mode)) return;
    if (tierOf(rd(tData, f)) == 0) plain = true;
    if (rd(tShape, f) == SH_CAP) capital = true;
    const g = rd(tGap, f);
    // (a break opens the name: a line, a field's colon, a sentence, a comma or a bracket, or a wider gap)
    if (f == 0 || (g & (G_NEWLINE | G_COLON | G_SENT | G_COMMA | G_OTHER)) != 0) break;
    if (!exists(f - 1)) return;
    if (rd(tEnd, f - 1) + 1 != rd(tStart, f)) break;
    // (or a frame word right before it: "via CAREPORT")
    if (wordIn(f - 1, FRAMES59)) {
      framed = true;
      break;
    }
    if (n == 2) return;
    f--;
  }
  // (a comma or a bracket before the label, and in ALL CAPS and lower case any name, only after a frame; in mixed
  // case a capitalised word, not initials alone: "EMP ID", "USMIRS ID", "EDRS CASE" name a record's system; one word
  // four letters or more: "with Zio (order ZIO-92-77104)")
  if (!framed && (!blank || mode != MODE_MIXED)) return;
  if (!plain || (!capital || (firstStr(rd(tData, f)) >= 2 || f == last && rd(tEnd, f) - rd(tStart, f) < 4))) return;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 900, R_ORGANIZATION, f, last);
}
