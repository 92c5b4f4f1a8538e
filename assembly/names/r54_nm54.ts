// Why this file exists: stop 54 (nm54)'s two rules on names after a role or a relation word. First, a person named
// right before his or her own e-mail address, in ALL CAPS and lower case ("OUR CASE MANAGER IS LAMAR HOLLIS
// LHOLLIS@MACONBIBBHEALTH.ORG", "sepsis coordinator marisa bajwa marisa.bajwa@corewell.example", "DAUGHTER XIMENA DE
// LA ROSA ZUBIATE XIMENA.DLR@MAIL.EXAMPLE"): where case tells nothing, the name rules read the address's local part as
// one more word of the name, the name's span then overlaps the EMAIL finding, and the overlap merge (src/findings.ts)
// typed the person's words EMAIL. Second, a listed word between
// the role or relation word and a name found after it, the name's first word ("INTERPRETER THU HUONG PHAM", "WITNESS
// FEN ZHAO"). Kept out of detect.ts (the call sites stay in span()). Reads bytes only, allocates nothing.
import { byteAt, inLen } from "../input";
import { isLocalByte } from "../scanners/email";
import { edIng, lettersStart, wordIndex } from "../scanners/util";
import { CAPS_FINITE_VERBS, KIN_STATUS, KIN_WORDS, MODAL_WORDS, NAME_FUNCTION_WORDS, NATION_WORDS, OCCUPATIONS } from "./detect";

/**
 * (stop 54, nm54) A NAME span [start, end) whose last word runs on, glued, into an e-mail's "@" (the address's local
 * part, as scanEmail() reads it: letters, digits and . _ % + - ') ends before that word: returns the byte where the
 * name's words end (blanks and commas before the local part dropped), or `start` when the whole span lies in the local
 * part (the address covers it). Any other span: `end` unchanged. "LAMAR HOLLIS LHOLLIS@..." -> "LAMAR HOLLIS";
 * "MARISA BAJWA MARISA.BAJWA@..." -> "MARISA BAJWA". The '@' is within 64 bytes (RFC 5321's local part) and a letter or
 * a digit follows it (one stray blank allowed, as scanEmail() allows).
 */
export function emailLocal54(start: u32, end: u32): u32 {
  if (end >= inLen || (end <= start || !isLocalByte(byteAt(end - 1)))) return end;
  let j = end;
  const lim = end + 64 < inLen ? end + 64 : inLen;
  while (j < lim && isLocalByte(byteAt(j))) j++;
  if (j + 1 >= inLen || byteAt(j) != 0x40) return end;
  const d = byteAt(j + 1) == 0x20 && j + 2 < inLen ? byteAt(j + 2) : byteAt(j + 1);
  if (!((d >= 0x30 && d <= 0x39) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a))) return end;
  let i = end;
  while (i > start && isLocalByte(byteAt(i - 1))) i--;
  while (i > start && (byteAt(i - 1) == 0x20 || byteAt(i - 1) == 0x2c)) i--;
  return i;
}

// (stop 54, nm54) role labels before a person's name, beside detect.ts's KIN_WORDS: interpreters, witnesses, chaperones,
// scribes, drivers, escorts and the staff whose name a note gives after the role ("INTERPRETER THU HUONG PHAM", "WITNESS
// FEN ZHAO")
const ROLES54 = "\u000binterpreter\u0006interp\u000atranslator\u0007witness\u0009chaperone\u0006scribe\u0006driver\u0006escort\u0007courier\u0004tech\u000atechnician\u0003rep\u000asupervisor\u000acaseworker\u0006sitter\u0004aide\u0005doula\u0008chaplain\u0005coach\u0006client";
// words that stand between a role and a name without being the name's ("INTERPRETER USED SMITH", "WITNESS RN JONES",
// "DRIVER TODAY LOPEZ", "WITNESS: DRILLER ALCIDE", "MOTHER SUPERIOR BERNADETTE", "SUPERVISOR REVIEW K. BLACKBURN"): the
// articles and owners, a mode of interpreting, a credential, a day's word, a trade's or a religious title
const NOT_LEAD54 = "\u0003the\u0001a\u0002an\u0002my\u0003his\u0003her\u0005their\u0003our\u0004your\u0002pt\u0004used\u0003via\u0002to\u0002at\u0002by\u0004with\u0005today\u0005phone\u0005video\u0006remote\u0006onsite\u0007virtual\u0008services\u0007service\u0004line\u0004none\u0004self\u0002rn\u0002md\u0002do\u0002np\u0003lpn\u0003cna\u0004crna\u0003msw\u0004lcsw\u0002ma\u0003emt\u0003dds\u0002dr\u0002mr\u0002ms\u0003mrs\u0002st\u0005staff\u0005named\u0004name\u0003was\u0003had\u0003not\u0002no\u0003yes\u0003new\u0004also\u0004only\u0005nurse\u0006charge\u0007officer\u0006deputy\u0003sgt\u0003rev\u0006pastor\u0004prof\u0005chief\u0004unit\u0004team\u0003per\u0006review\u0008reviewed\u0007driller\u0005friar\u0008superior\u0005elder\u0006deacon\u0004imam\u0005rabbi\u0005sheik";

/** The letter case of the ASCII word [a, b): 0 lower case, 1 capitalised, 2 capitals, 3 other. */
function case54(a: u32, b: u32): u32 {
  const up0 = byteAt(a) >= 0x41 && byteAt(a) <= 0x5a;
  let ups: u32 = 0;
  for (let i = a + 1; i < b; i++) if (byteAt(i) >= 0x41 && byteAt(i) <= 0x5a) ups++;
  if (!up0) return ups == 0 ? 0 : 3;
  return ups == 0 ? (b - a == 1 ? 2 : 1) : (ups == b - a - 1 ? 2 : 3);
}

/**
 * (stop 54, nm54) A NAME span opening at `start`, one blank after a word W of two to ten ASCII letters in the case of
 * the name's first word, W one blank (or a label's colon and a blank) after a relation word (KIN_WORDS) or a role label
 * (ROLES54): W is the name's first word, a word a list holds that the older rules left out ("INTERPRETER THU HUONG
 * PHAM": a weekday's abbreviation; "INTERPRETER: PA HOUA VANG": a state's code; "WITNESS FEN ZHAO", "Chuukese
 * interpreter Sweeter Moses": English words). Returns W's first byte, or `start` when W is no such word: a function
 * word, a modal, a finite verb, a word of a relative's status, a language's or a nation's word, a relation or a role
 * word, NOT_LEAD54's articles, owners, modes and credentials ("INTERPRETER SPANISH MARIA LOPEZ", "WITNESS RN JO
 * SMITH"), or a word another span pending holds (`floor`: its end).
 */
export function leadWord54(start: u32, floor: u32): u32 {
  if (start < 6 || byteAt(start - 1) != 0x20) return start;
  const we = start - 1;
  const ws = lettersStart(we, floor);
  if (we - ws < 2 || (we - ws > 10 || (ws < 3 || byteAt(ws - 1) != 0x20))) return start;
  // the name's first word in W's case
  let ne = start;
  while (ne < inLen && ((byteAt(ne) | 0x20) >= 0x61 && (byteAt(ne) | 0x20) <= 0x7a)) ne++;
  // (a name that opens with an initial, "DRIVER SIGNATURE J.A. VILLALOBOS": the word before is a label's, not a given name)
  if (ne == start || (ne == start + 1 && byteAt(ne) == 0x2e)) return start;
  const c = case54(ws, we);
  if (c == 3 || c != case54(start, ne)) return start;
  // the relation or role word, one blank or a label's colon before W
  let ce = ws - 1;
  if (byteAt(ce - 1) == 0x3a) ce--;
  const cs = lettersStart(ce);
  if (cs == ce || (cs > 0 && ((byteAt(cs - 1) | 0x20) >= 0x61 && (byteAt(cs - 1) | 0x20) <= 0x7a))) return start;
  if (wordIndex(KIN_WORDS, cs, ce) < 0 && wordIndex(ROLES54, cs, ce) < 0) return start;
  // (a verb's -ing form, "SON ASKING ABT"; a given name as short as "Ming" stays)
  if (we - ws >= 6 && edIng(ws, we) == 2) return start;
  if (wordIndex(NOT_LEAD54, ws, we) >= 0 || (wordIndex(OCCUPATIONS, ws, we) >= 0 || (wordIndex(KIN_WORDS, ws, we) >= 0 || (wordIndex(ROLES54, ws, we) >= 0 ||
    (wordIndex(NAME_FUNCTION_WORDS, ws, we) >= 0 || (wordIndex(MODAL_WORDS, ws, we) >= 0 || (wordIndex(CAPS_FINITE_VERBS, ws, we) >= 0 ||
    (wordIndex(KIN_STATUS, ws, we) >= 0 || wordIndex(NATION_WORDS, ws, we) >= 0)))))))) return start;
  return ws;
}
