// Why this file exists: stop 45's identifier rules (id45): the code's letters that a record's cue and its number hold
// between them ("MRN CRMC 0771-4418", "student ID CCPS 447182", "PLATE TX 4BX-7712"), kept out of ids.ts and
// dispatch.ts so each stays readable.

import { ENTITY_ID, REASON_RECORD_FIELD } from "../abi";
import { byteAt, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { tightGap } from "./context";
import { at, before, isWordish, lettersStart, skipBlanksBack, wordEndsAt, wordIndex } from "./util";
import { clockSender54 } from "./id54";

/**
 * Words that may stand between a cue and its number and are no code's letters: a label's own words ("MRN number
 * 4471820", "ID no 4471", "member card 4471"), prose ("acct is 4471", "MRN was 4471", "ID per 4471"), a date's or a
 * lab's word, a room's or a study's (NOT_CODE42's and NOT_RECORD41's families, repeated here as this list is read
 * alone), a state of the value ("new", "old", "exp", "none"), and a document's or a count's word ("DEA FORM 106
 * 106-99-04471", "page 2", "year 2099"), a lab's, a vital sign's or a unit's ("WBC 12000", "WT 2204"), and a label's word
 * that names an identifier's kind, a cue or not ("PATHOLOGY REPORT CASE GCP-S98-11842", "member MBR 4471").
 */
const NOT_PREFIX45 = "\u0006number\u0003num\u0003nbr\u0002nr\u0002no\u0002id\u0004card\u0003new\u0003old\u0002pt\u0003exp\u0004none\u0002is\u0003was\u0003are\u0003and\u0002or\u0003the\u0002to\u0002of\u0002at\u0002in\u0002on\u0002by\u0003for\u0004from\u0004with\u0003per\u0003not\u0003dob\u0003dod\u0003dos\u0004date\u0003age\u0004room\u0002rm\u0003bed\u0003apt\u0003ste\u0005suite\u0005study\u0003irb\u0003nct\u0003qty\u0004size\u0004cart\u0005count\u0003ref\u0003lot\u0004code\u0002dx\u0003cpt\u0003icd\u0003ndc\u0003our\u0003his\u0003her\u0004your\u0004also\u0003now\u0004last\u0003all\u0003any\u0004same\u0004form\u0003unk\u0003see\u0003via\u0004call\u0003ext\u0003box\u0004type\u0005class\u0005phase\u0003day\u0004year\u0002yr\u0004page\u0004line\u0004item\u0005total\u0004dose\u0004only";

/** (stop 45) NOT_PREFIX45 goes on: a lab's, a vital sign's or a unit's word, a label's word naming an identifier's kind. */
const NOT_PREFIX45B = "\u0003wbc\u0003plt\u0003rbc\u0003hgb\u0003hct\u0003bun\u0003ldl\u0003tsh\u0003psa\u0003inr\u0002bp\u0002hr\u0002rr\u0002wt\u0002ht\u0003bmi\u0002mg\u0002ml\u0002kg\u0004case\u0005claim\u0005order\u0006report\u0006policy\u0005group\u0004plan\u0004unit\u0004file\u0005chart\u0006record\u0004acct\u0005visit\u0003enc\u0004spec\u0006serial\u0005model\u0002rx\u0006member\u0003mbr\u0006permit\u0004cert\u0003reg\u0005badge\u0003tag\u0003lic\u0003vin\u0005plate\u0002sn\u0003mrn\u0003fin\u0003csn\u0003ssn\u0003npi\u0003dea";

/**
 * (stop 45) Where an identifier's number at ts starts when a code's letters stand alone between its cue (ending at
 * ce) and the number: two to six letters of one case, one blank before the digits, nothing but a label's punctuation
 * between the cue and them ("MRN CRMC 0771-4418", "MRN: NRV 7720441", "student ID CCPS 447182", "acct ACU 99031411",
 * "DL CO 99-441-8207", "PLATE TX 4BX-7712", "case THPD 99-0031447"; lower case "mrn akh 0447182"), or one capital
 * letter ("A-NUMBER A 204-471-889"), or two groups joined by '-' ("MA ID ND-MA 004471882"). Not a label's or
 * prose's word (NOT_PREFIX45: "MRN number 4471820", "acct is 4471"), not a word in Title case ("ID Card 4471").
 * Returns the letters' start, or ts.
 */
export function cuePrefix45(ts: u32, ce: u32): u32 {
  if (ts < ce + 3 || before(ts) != 0x20) return ts;
  const w = lettersStart(ts - 1);
  const n = ts - 1 - w;
  // (one capital letter alone, a series' letter: "A-NUMBER A 204-471-889", "passport # E 0447182"; a small one is the
  // article, "id a 4471", and "I" the pronoun; a blank before it, not a credential's "NREMT-P P2204418")
  if (n == 1 && (w > ce && (byteAt(w) <= 0x5a && (isAlpha(byteAt(w)) && (byteAt(w) != 0x49 && (before(w) == 0x20 && tightGap(ce, w, 0))))))) return w;
  if (n < 2 || (n > 6 || w <= ce)) return ts;
  // (two groups of letters joined by '-', a programme's and its kind's: "MA ID ND-MA 004471882", "kit MT-NBS 99-0447")
  let ws = w;
  if (before(w) == 0x2d && (w >= 2 && isAlpha(byteAt(w - 2)))) {
    ws = lettersStart(w - 1);
    if (w - 1 - ws > 6 || ws <= ce) return ts;
  }
  if (isWordish(before(ws))) return ts;
  const up = byteAt(ws) <= 0x5a;
  for (let q = ws + 1; q < ts - 1; q++) if (q != w - 1 && (byteAt(q) <= 0x5a) != up) return ts;
  if (!isAlpha(byteAt(ws)) || (!tightGap(ce, ws, 0) || (wordIndex(NOT_PREFIX45, w, ts - 1) >= 0 || wordIndex(NOT_PREFIX45B, w, ts - 1) >= 0))) return ts;
  return ws;
}

// ---- Stop 45, second round (ix45): a record system's login woken by its '\' or '_' ----

/**
 * Words that a '\' or a '_' joins in prose or a form and that are no login's half: alternatives written with a
 * backslash ("and\or", "his\her", "yes\no", "left\right", "male\female"), and a template's or an export's field names
 * ("report_end", "patient_name", "visit_date"; these carry no digit and no login cue, so only the '\' side reads them).
 */
const NOT_LOGIN45 = "\u0003and\u0002or\u0003his\u0003her\u0002he\u0003she\u0003him\u0003yes\u0002no\u0004left\u0005right\u0004male\u0006female\u0004none\u0005other\u0007unknown\u0002na\u0004true\u0005false\u0002on\u0003off";

/** Labels of a login, a handle or an account before a word joined by '_' ("login ohsu_ehollo", "handle emm_x17"). */
const LOGIN_CUES45 = "\u0002by\u0004user\u0008username\u0006userid\u0005login\u0006handle\u0002id\u0007account\u0004acct\u0003sso\u0008operator\u0004tech";

/** A file's extensions: a '_' in a file's name is no login's ("scan_001.pdf"). */
const FILE_EXT45 = "\u0003pdf\u0003doc\u0004docx\u0003txt\u0003jpg\u0004jpeg\u0003png\u0003tif\u0004tiff\u0003dcm\u0003xml\u0003csv\u0003xls\u0004xlsx\u0003hl7\u0003zip\u0003rtf\u0004html\u0003htm\u0003dat\u0003log\u0003mp4\u0003wav\u0003exe\u0002js";

/** End of a login's word run from s: letters and digits, '.', '_' and '-' between them. */
function loginEnd45(s: u32): u32 {
  let e = s;
  while (isAlnum(at(e)) || ((at(e) == 0x2e || (at(e) == 0x5f || at(e) == 0x2d)) && isAlnum(at(e + 1)))) e++;
  return e;
}

/** Start of a run of letters and digits ending at e. */
function alnumStart45(e: u32): u32 {
  let s = e;
  while (s > 0 && isAlnum(byteAt(s - 1))) s--;
  return s;
}

/**
 * (stop 45, ix45) A Windows domain's login, DOMAIN\user, at its backslash i ("PRINTED BY FNS\DKOWALSKI", "printed
 * 03/14/2099 06:02 by HHC\jmorrow", "REPORT PULLED BY FROEDTERT\RTSCHIDA"): a domain of two to fifteen letters or
 * digits opening in a letter, nothing glued before it but a blank, a line start or '(' (not a path: "C:\Users",
 * "\\server\share"), and a user of three or more letters or digits opening in a letter ('.', '_' or '-' inside: "CORP\
 * j.smith2"), not a path's next folder after it. Not an alternative written with a backslash ("and\or", "his\her",
 * "yes\no", "w\o"). Returns the user's end, or 0.
 */
export function domainLogin45(i: u32): u32 {
  if (!isAlpha(at(i + 1))) return 0;
  const ds = alnumStart45(i);
  if (i - ds < 2 || (i - ds > 15 || !isAlpha(byteAt(ds)))) return 0;
  const pb = before(ds);
  if (pb != 0 && (pb != 0x20 && (pb != 0x0a && (pb != 0x0d && (pb != 0x28 && pb != 0x09))))) return 0;
  const e = loginEnd45(i + 1);
  if (e - i - 1 < 3 || (e - i - 1 > 30 || (at(e) == 0x5c || (at(e) == 0x2f || isWordish(at(e)))))) return 0;
  if (wordIndex(NOT_LOGIN45, ds, i) >= 0 || wordIndex(NOT_LOGIN45, i + 1, e) >= 0) return 0;
  // (scored above a facility's or a name's dictionary word inside it, which the overlap merge would type it by:
  // "FROEDTERT\RTSCHIDA", "login ohsu_ehollo")
  emit(ds, e, ENTITY_ID, REASON_RECORD_FIELD, 950);
  return e;
}

/**
 * (stop 45, ix45) A login or a handle whose words a '_' joins, at the '_' i ("Network login ohsu_ehollo", "scanned
 * 3/14/2099 by fd_kmurphy", "(handle emm_ghostwolf17)", "son Lowell Gustafson (lgustafson_mt)", "7:18am -
 * sunnyd_1955"): the whole run of letters, digits and '_' ('.' and '-' inside), one case for its letters, nothing
 * glued around it (not a file's name "scan_001.pdf", an address "j_doe@x"), and one of: a login's label before it
 * (LOGIN_CUES45: by, user, login, handle, id, account), brackets around it, or a digit in it with five letters or more.
 * A template's field names ("[ report_end ]", "encounter_id,patient_name") have none of these, and "ICD_10" is too
 * short. Returns the run's end, or 0.
 */
/** (stop 45, main) Whether [s, e) is capitals, a '_' and digits only after it: a placeholder's shape, "NAME_8". */
function tagNumber45(s: u32, e: u32): bool {
  let u = e;
  while (u > s && byteAt(u - 1) - 0x30 < 10) u--;
  if (u == e || (u <= s || byteAt(u - 1) != 0x5f)) return false;
  for (let q = s; q < u - 1; q++) if (!isAlpha(byteAt(q))) return false;
  return true;
}

export function underscoreLogin45(i: u32): u32 {
  if (!isAlnum(at(i + 1)) || (i == 0 || !isAlnum(byteAt(i - 1)))) return 0;
  let s = i;
  while (s > 0 && (isAlnum(byteAt(s - 1)) || ((byteAt(s - 1) == 0x5f || (byteAt(s - 1) == 0x2e || byteAt(s - 1) == 0x2d)) && (s >= 2 && isAlnum(byteAt(s - 2)))))) s--;
  const e = loginEnd45(i + 1);
  if (e - s < 5 || (e - s > 32 || (isWordish(before(s)) || (isWordish(at(e)) || (at(e) == 0x40 || (before(s) == 0x40 || (before(s) == 0x2f || at(e) == 0x2f))))))) return 0;
  // (a file's name: "scan_001.pdf", "ecg_0447.xml")
  let dot = e;
  while (dot > i && byteAt(dot - 1) != 0x2e) dot--;
  if (dot > i && wordIndex(FILE_EXT45, dot, e) >= 0) return 0;
  let letters: u32 = 0;
  let digits: u32 = 0;
  let lower: u32 = 0;
  for (let q = s; q < e; q++) {
    const c = byteAt(q);
    if (isAlpha(c)) {
      letters++;
      if (c >= 0x61) lower++;
    } else if (c - 0x30 < 10) digits++;
  }
  if (letters < 3 || (lower != 0 && lower != letters)) return 0;
  let ok = digits > 0 && letters >= 5;
  // (brackets alone do not take a placeholder's shape, capitals and a number after the '_': "(NAME_8)", "[PATIENT_12]",
  // the tokens a de-identified text or protect() leaves, which a later pass must keep as they are)
  if (!ok && (before(s) == 0x28 && (at(e) == 0x29 && !(lower == 0 && tagNumber45(s, e))))) ok = true;
  if (!ok) {
    // a label before it: one or two blanks (a ':' or '#' after the label), "login ohsu_ehollo", "user id: x_y"
    let k = skipBlanksBack(s, 2);
    if (k < s && (before(k) == 0x3a || before(k) == 0x23)) k = skipBlanksBack(k - 1, 1);
    ok = k < s && wordEndsAt(k, LOGIN_CUES45);
  }
  // (stop 54, id54: or a log's sender after a bracketed clock opening its line, "[0305] sup_kmorrow: thx"; clockSender54)
  // (not a placeholder's shape, "[0305] NAME_8:")
  if (!ok) ok = clockSender54(s, e) && !(lower == 0 && tagNumber45(s, e));
  if (!ok) return 0;
  emit(s, e, ENTITY_ID, REASON_RECORD_FIELD, 950);
  return e;
}
