// Why this file exists: the URL scanner: "scheme://host/path" (woken by ':'), "www.host..." and bare domains with a
// known top-level domain (woken by '.'), with trailing punctuation trimmed and e-mail addresses left to the EMAIL scanner.

import { ENTITY_URL, REASON_URL_FORMAT } from "../abi";
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { at, before, eqWord, lettersStart, wordIndex } from "./util";

/** Top-level domains accepted for bare domains ("example.org"); with a scheme or "www." any alphabetic TLD is. */
// com org net edu gov mil int info biz io co us uk ca de fr es it nl be ch at se no dk fi pl pt br ar mx cl au nz jp
// cn in ru eu me tv ly hu cz gr ie il za kr tw hk sg ph vn tr ua ro sk si hr rs bg lt lv ee is lu cy mt uy pe ve ec
// bo py cu cr gt pa do ai app dev health online site tech cat gal eus
const TLDS = "\u0003com\u0003org\u0003net\u0003edu\u0003gov\u0003mil\u0003int\u0004info\u0003biz\u0002io\u0002co\u0002us\u0002uk\u0002ca\u0002de\u0002fr\u0002es\u0002it\u0002nl\u0002be\u0002ch\u0002at\u0002se\u0002no\u0002dk\u0002fi\u0002pl\u0002pt\u0002br\u0002ar\u0002mx\u0002cl\u0002au\u0002nz\u0002jp\u0002cn\u0002in\u0002ru\u0002eu\u0002me\u0002tv\u0002ly\u0002hu\u0002cz\u0002gr\u0002ie\u0002il\u0002za\u0002kr\u0002tw\u0002hk\u0002sg\u0002ph\u0002vn\u0002tr\u0002ua\u0002ro\u0002sk\u0002si\u0002hr\u0002rs\u0002bg\u0002lt\u0002lv\u0002ee\u0002is\u0002lu\u0002cy\u0002mt\u0002uy\u0002pe\u0002ve\u0002ec\u0002bo\u0002py\u0002cu\u0002cr\u0002gt\u0002pa\u0002do\u0002ai\u0003app\u0003dev\u0006health\u0006online\u0004site\u0004tech\u0003cat\u0003gal\u0003eus";

/** Longest path/query reported after a host (bytes). */
const MAX_URL_PATH: u32 = 200;

// @ts-ignore: decorator
@inline function isUrlByte(b: u32): bool {
  // everything but whitespace, controls, quotes and angle brackets (non-ASCII bytes allowed: IRIs)
  return b > 0x20 && (b != 0x22 && (b != 0x3c && (b != 0x3e && (b != 0x60 && (b != 0x7f && (b != 0x5e && (b != 0x7b
    && (b != 0x7d && (b != 0x7c && b != 0x5c)))))))));
}

/** End of the path/query after a host ending at p, trailing punctuation trimmed. */
function pathEnd(p: u32): u32 {
  const b = at(p);
  if (b != 0x2f && (b != 0x3a && (b != 0x3f && b != 0x23))) return p;
  let e = p;
  let open: i32 = 0;
  // capped so that a scanner never looks further than MAX_SCANNER_WINDOW (the streaming hold-back)
  const lim = p + MAX_URL_PATH < inLen ? p + MAX_URL_PATH : inLen;
  while (e < lim && isUrlByte(byteAt(e))) {
    const c = byteAt(e);
    if (c == 0x28) open++;
    else if (c == 0x29) {
      if (open == 0) break;
      open--;
    }
    e++;
  }
  // trim trailing punctuation that usually ends a sentence
  while (e > p) {
    const c = byteAt(e - 1);
    if (c == 0x2e || (c == 0x2c || (c == 0x3b || (c == 0x3a || (c == 0x21 || (c == 0x3f || (c == 0x27 || c == 0x5d))))))) e--;
    else break;
  }
  return e;
}

/** Parses a host name at s; returns its end (0 if none); sets tldStart/tldLower for the last label. */
let tldStart: u32 = 0;
let tldLower: bool = false;
let tldUpper: bool = false;
let labelCount: u32 = 0;
function hostEnd(s: u32): u32 {
  let p = s;
  let end: u32 = 0;
  labelCount = 0;
  const lim = s + 255 < inLen ? s + 255 : inLen; // DNS names are at most 255 bytes
  while (p < lim && isAlnum(byteAt(p))) {
    const ls = p;
    let alpha = true;
    let low = true;
    let up = true;
    while (p < lim && (isAlnum(byteAt(p)) || byteAt(p) == 0x2d)) {
      const b = byteAt(p);
      if (!isAlpha(b)) alpha = false;
      else if (b < 0x61) low = false;
      else up = false;
      p++;
    }
    if (byteAt(p - 1) == 0x2d) return 0;
    labelCount++;
    if (alpha && p - ls >= 2) {
      end = p;
      tldStart = ls;
      tldLower = low;
      tldUpper = up;
    } else end = 0;
    if (at(p) == 0x2e && isAlnum(at(p + 1))) p++;
    else break;
  }
  return labelCount >= 2 ? end : 0;
}

/** Called at a ':' (index c): "http://...", "https://...", "ftp://..."; emits and returns the end, or 0. */
export function scanUrlScheme(c: u32): u32 {
  if (at(c + 1) != 0x2f || at(c + 2) != 0x2f) return 0;
  const s = lettersStart(c);
  if (s == c || (s > 0 && isAlnum(before(s)))) return 0;
  if (!eqWord(s, c, "http") && (!eqWord(s, c, "https") && (!eqWord(s, c, "ftp") && !eqWord(s, c, "sftp")))) return 0;
  let p = c + 3;
  // optional user@
  const h = hostEnd(p);
  let e: u32;
  if (h != 0) e = pathEnd(h);
  else {
    // IP literal or localhost
    let q = p;
    const lim = p + 255 < inLen ? p + 255 : inLen;
    while (q < lim && (isAlnum(byteAt(q)) || (byteAt(q) == 0x2e || byteAt(q) == 0x2d))) q++;
    if (q == p) return 0;
    e = pathEnd(q);
  }
  emit(s, e, ENTITY_URL, REASON_URL_FORMAT, 950);
  return e;
}

/** Called at a '.' (index d): "www.host.tld/..." or a bare "host.tld" with a known TLD (in capitals: see below). */
export function scanUrlDot(d: u32): u32 {
  if (d == 0 || (!isAlnum(before(d)) || !isAlpha(at(d + 1)))) return 0;
  // host start: back over letters, digits, '-' and '.'
  let s = d;
  const low = d > 255 ? d - 255 : 0;
  while (s > low && (isAlnum(before(s)) || (before(s) == 0x2d || (before(s) == 0x2e && (s >= 2 && isAlnum(before(s - 1))))))) s--;
  if (s > 0) {
    const b = before(s);
    if (b == 0x40 || (b == 0x2f || (b == 0x2e || (b == 0x3a || (b >= 0x80 || (b == 0x5f || b == 0x2d)))))) return 0;
  }
  if (!isAlnum(at(s))) return 0;
  const h = hostEnd(s);
  if (h == 0 || h <= d) return 0;
  if (at(h) == 0x40 || (at(h) == 0x2e && isAlnum(at(h + 1)))) return 0;
  const www = eqWord(s, d, "www");
  if (!www) {
    if (wordIndex(TLDS, tldStart, h) < 0) return 0;
    // a TLD in capitals (ALL CAPS notes: "MEDBRIDGEGO.EXAMPLE.COM", "KP-EXAMPLE.ORG/COLONPREP") only when it has three
    // or more letters ("COM", "ORG", "HEALTH") or a path follows: a sentence run into the next one without its space
    // in capitals ("STABLE.NO FEVER", "HOME.IN AM") ends in a two-letter code, never a path
    if (!tldLower && !(tldUpper && (h - tldStart >= 3 || at(h) == 0x2f))) return 0;
    // the first label must look like a name, not an abbreviation ("e.g", "i.e")
    if (d - s < 2) return 0;
  }
  const e = pathEnd(h);
  emit(s, e, ENTITY_URL, REASON_URL_FORMAT, www ? 950 : 800);
  return e;
}
