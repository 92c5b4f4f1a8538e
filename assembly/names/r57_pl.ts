// Why this file exists: stop 57's places round (pl57): a street the older rules found loses the words that close it
// (a numbered road's number, "6180 US HWY 98", "147 Polk Road 88"; a direction's letters, "41st st nw", "Cedar Ave S";
// a home's unit after a comma, "8801 RANCH RD 12, BLDG C, RM 104", "18841 fenkell ave, upper", "81-447 Calle Tampico,
// #B") or its prefix ("BIA Route 14"), and a type-first street after its house number, "418 rue bourque", "31208 Via
// Colinas, Unit 5", is read as a name: in all three cases. Kept out of detect.ts (its call site stays in span()'s
// pendingTails56p()). Reads bytes of the input only, allocates nothing.
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { isDigit, lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { F_STREET, F_STREET_ABBR, F_STREET_PREFIX, F_UNIT } from "./flags";
import { rangeData, tableReady } from "./table";
import { NUMBERED_ROADS, TAIL_UNITS45 } from "./detect";
import { codeEnds53 } from "./r53_fy53";
import { numberOpens56 } from "./r56_pl";

// (stop 57, pl57) a county's road numbered after its word: road rd ("147 Polk Road 88", "8801 RANCH RD 12")
const ROADWORDS57 = "\u0004road\u0002rd";
// (stop 57, pl57) words that open a numbered road's name before its road word: bia us state county old tribal farm ranch
const ROAD_PREFIX57 = "\u0003bia\u0002us\u0005state\u0006county\u0003old\u0006tribal\u0004farm\u0005ranch";
// (stop 57, pl57) a home's part named without a number after a street's comma: upper lower rear front basement
const BARE_UNITS57 = "\u0005upper\u0005lower\u0004rear\u0005front\u0008basement";
// (stop 57, pl57) words that count or measure after a number (the number is no road's): mi miles min hours days times x
const AFTER_NUM57 = "\u0002mi\u0005miles\u0003min\u0004mins\u0005hours\u0003hrs\u0004days\u0005weeks\u0005times\u0001x\u0002mg";

/** (stop 57, pl57) The bytes at e close a field: codeEnds53()'s (with the middle dot), or " (". */
function closes57(e: u32): bool {
  return codeEnds53(e, true) || e + 1 < inLen && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x28);
}

/** (stop 57, pl57) Letters a..e hold no capital. */
function lowerRun57(a: u32, e: u32): bool {
  for (let i = a; i < e; i++) if (byteAt(i) >= 0x41 && byteAt(i) <= 0x5a) return false;
  return true;
}

/**
 * (stop 57, pl57) A numbered road's number one blank after byte e (the road's word's end): one to four digits, no leading
 * zero, at most one letter glued ("9A") or a half ("14½"), and the phrase closes after it (closes57()) or goes on after
 * one blank with a word that no count's or measure's unit is ("US HWY 98   PRIOR", "hwy 15 n,", "route 6 overpass").
 * Returns the number's end, or 0. Not "Hwy 1.5", "route 2 times", "hwy 4/5".
 */
function roadNumber57(e: u32, limit: u32): u32 {
  if (e + 2 > inLen || (byteAt(e) != 0x20 || (!isDigit(byteAt(e + 1)) || byteAt(e + 1) == 0x30))) return 0;
  let q = e + 1;
  while (q < inLen && isDigit(byteAt(q))) q++;
  if (q - e - 1 > 4) return 0;
  if (q < inLen && (isAlpha(byteAt(q)) && !(q + 1 < inLen && isAlpha(byteAt(q + 1))))) q++;
  else if (q + 1 < inLen && (byteAt(q) == 0xc2 && byteAt(q + 1) == 0xbd)) q += 2;
  if (q > limit) return 0;
  if (closes57(q)) return q;
  if (q + 1 >= inLen || (byteAt(q) != 0x20 || !isAlpha(byteAt(q + 1)))) return 0;
  const w = lettersEnd(q + 1);
  return wordIndex(AFTER_NUM57, q + 1, w) < 0 ? q : 0;
}

/**
 * (stop 57, pl57) A direction's one or two letters (n s e w ne nw se sw) one blank after byte e, the end of a street's
 * type or of a number: in capitals, or in lower case after a street in lower case, a whole word not glued to an
 * apostrophe, a hyphen or a period and a letter, nor before a number or "of" ("41st st nw,", "Cedar Ave S (", "1st Ave N around 5", "hwy 15 n,").
 * Returns the direction's end, or 0.
 */
function direction57(a0: u32, e: u32, limit: u32): u32 {
  if (e + 2 > inLen || byteAt(e) != 0x20) return 0;
  const a = e + 1;
  const w = lettersEnd(a);
  if (w == a || (w - a > 2 || w > limit)) return 0;
  const c = byteAt(a) | 0x20;
  if (w - a == 1 ? !(c == 0x6e || (c == 0x73 || (c == 0x65 || c == 0x77))) : !((c == 0x6e || c == 0x73) && ((byteAt(a + 1) | 0x20) == 0x65 || (byteAt(a + 1) | 0x20) == 0x77))) return 0;
  const up = byteAt(a) <= 0x5a;
  if ((w - a == 2 && (byteAt(a + 1) <= 0x5a) != up) || (!up && !lowerRun57(a0, e))) return 0;
  if (w < inLen) {
    const b = byteAt(w);
    if (isDigit(b) || (b == 0x27 || (b == 0x2d || b == 0x2f))) return 0;
    if (b == 0x2e && (w + 1 < inLen && isAlpha(byteAt(w + 1)))) return 0;
    if (b == 0x20 && (w + 1 < inLen && isDigit(byteAt(w + 1)))) return 0;
    // ("Main St N of the bridge": a bearing from the street, no part of its name)
    if (b == 0x20 && (w + 3 < inLen && ((byteAt(w + 1) | 0x20) == 0x6f && ((byteAt(w + 2) | 0x20) == 0x66 && !isAlpha(byteAt(w + 3)))))) return 0;
  }
  return w;
}

/**
 * (stop 57, pl57) A home's unit after the street's comma at byte e: ", " then a unit's word (the tables' F_UNIT words,
 * TAIL_UNITS45's trailer, trlr, cabin, sp, cabina, lote) and its number or letter (one to six letters, digits or
 * hyphens holding a digit, or one letter; a '#' may open it), or '#' and its number or letter, or a part of a house
 * (upper, lower, rear, front, basement); the field closes after it (closes57()). "8801 RANCH RD 12, BLDG C, RM 104,",
 * "COUNTY ROAD HH, LOT 14\n", "31208 Via Colinas, Unit 5,", "Calle Tampico, #B,", "18841 fenkell ave, upper,". Returns
 * the unit's end, or 0. Not ", lot of pain", ", unit B of the ICU", ", space heater".
 */
function unit57(e: u32, limit: u32): u32 {
  if (e + 3 > inLen || (byteAt(e) != 0x2c || byteAt(e + 1) != 0x20)) return 0;
  let a = e + 2;
  if (byteAt(a) != 0x23) {
    const w = lettersEnd(a);
    if (w == a || (w < inLen && isAlnum(byteAt(w)))) return 0;
    if (wordIndex(BARE_UNITS57, a, w) >= 0) return w <= limit && (w < inLen && byteAt(w) == 0x2c) ? w : 0;
    if (!tableReady() || ((rangeData(a, w) & F_UNIT) == 0 && wordIndex(TAIL_UNITS45, a, w) < 0)) return 0;
    if (w + 2 > inLen || byteAt(w) != 0x20) return 0;
    a = w + 1;
    if (byteAt(a) == 0x23) a++;
  } else a++;
  let q = a;
  let digits = false;
  while (q < inLen && (q - a <= 6 && (isAlnum(byteAt(q)) || (byteAt(q) == 0x2d && q > a)))) {
    if (isDigit(byteAt(q))) digits = true;
    q++;
  }
  if (q == a || (q - a > 6 || byteAt(q - 1) == 0x2d)) return 0;
  if (!digits && q - a != 1) return 0;
  return q <= limit && closes57(q) ? q : 0;
}

/**
 * (stop 57, pl57) The number ending at byte e (digits, a letter or a half) follows a blank inside the street s..e: "hwy
 * 15 n", not a highway's code glued by a hyphen, "US-41 S; snow" (a direction of travel).
 */
function blankNumber57(s: u32, e: u32): bool {
  let q = e;
  while (q > s && byteAt(q - 1) != 0x20) q--;
  return q > s && isDigit(byteAt(q));
}

/**
 * (stop 57, pl57) The pending street s..e (R_ADDRESS) grows over the words no rule took that close it, before `limit`
 * (the next span's start), as long as one follows: its numbered road's number after a road's word (NUMBERED_ROADS:
 * route, rte, highway, hwy, interstate; road, rd: "6180 US HWY 98", "147 Polk Road 88,", "8801 RANCH RD 12,"; roadNumber57()), a direction after a
 * street's type or a number ("41st st nw", "Cedar Ave S", "hwy 15 n"; direction57()), a home's unit after a comma
 * (unit57()). Returns the grown end, or e.
 */
export function streetTail57(s: u32, e: u32, limit: u32): u32 {
  if (!tableReady()) return e;
  let dir = false;
  for (let n = 0; n < 4; n++) {
    if (e >= inLen) break;
    const b = byteAt(e);
    if (b == 0x2c) {
      const u = unit57(e, limit);
      if (u == 0) break;
      e = u;
      continue;
    }
    if (b != 0x20 || dir) break;
    const a = lettersStart(e, s);
    let g: u32 = 0;
    if (a < e) {
      const d = rangeData(a, e);
      if (wordIndex(NUMBERED_ROADS, a, e) >= 0 || wordIndex(ROADWORDS57, a, e) >= 0) g = roadNumber57(e, limit);
      if (g == 0 && (d & (F_STREET | F_STREET_ABBR)) != 0) {
        g = direction57(s, e, limit);
        if (g != 0) dir = true;
      }
    } else if ((isDigit(byteAt(e - 1)) || byteAt(e - 1) == 0xbd) && blankNumber57(s, e)) {
      g = direction57(s, e, limit);
      if (g != 0) dir = true;
    }
    if (g == 0) break;
    e = g;
  }
  return e;
}

/**
 * (stop 57, pl57) The pending street s..e opens with a numbered road's word (route, rte, hwy, highway) and one blank
 * before it a word of ROAD_PREFIX57 (bia, us, state, county, old, tribal, farm, ranch) in its case or in capitals, glued
 * to nothing before: "BIA Route 14", "bia route 14", "US Hwy 61". Returns the prefix's start, or s.
 */
export function roadPrefix57(s: u32, floor: u32): u32 {
  if (s < 3 || byteAt(s - 1) != 0x20) return s;
  const w = lettersEnd(s);
  if (wordIndex(NUMBERED_ROADS, s, w) < 0) return s;
  const a = lettersStart(s - 1, floor);
  if (a == s - 1 || (a > 0 && (isAlnum(byteAt(a - 1)) || (byteAt(a - 1) == 0x2d || byteAt(a - 1) == 0x27)))) return s;
  if (wordIndex(ROAD_PREFIX57, a, s - 1) < 0) return s;
  // (in the road word's case, or the prefix in capitals: "BIA Route 14")
  const pu = byteAt(a) <= 0x5a;
  const ru = byteAt(s) <= 0x5a;
  return pu == ru || (pu && byteAt(a + 1) <= 0x5a) ? a : s;
}

/**
 * (stop 57, pl57) The pending town s..e is followed by one blank and a numbered road's word (route, rte, hwy, highway)
 * in its case and its number (roadNumber57()): a tribe's or a state's road, "navajo route 6330 ~40 mi", "Texas Highway
 * 71,". Returns the number's end (the span becomes the street's), or 0.
 */
export function townRoad57(s: u32, e: u32, limit: u32): u32 {
  if (e + 4 > inLen || byteAt(e) != 0x20) return 0;
  const w = lettersEnd(e + 1);
  if (wordIndex(NUMBERED_ROADS, e + 1, w) < 0 || ((byteAt(e + 1) <= 0x5a) != (byteAt(s) <= 0x5a))) return 0;
  return roadNumber57(w, limit);
}

/**
 * (stop 57, pl57) A type-first street's name after its house number read as a name or a town: the pending span s..e
 * follows one blank after a street's prefix word of the tables (calle, rue, camino, paseo, avenida, ...; not a numbered
 * road's) or "via", which follows one blank after a house number (one to six digits, a hyphen inside, no leading zero)
 * that opens a field (numberOpens56()), and the address goes on after the span (a comma) or its line ends: "418 rue
 * bourque, loreauville", "31208 Via Colinas, Unit 5", "18 calle cebu, castroville". Returns the number's start, or s.
 * Not "sent 2 via Fedex." (no comma after), "route 2 Smith".
 */
export function typeFirst57(s: u32, e: u32): u32 {
  if (s < 3 || (byteAt(s - 1) != 0x20 || e >= inLen)) return s;
  const c = byteAt(e);
  if (!(c == 0x2c || (c == 0x0a || c == 0x0d))) return s;
  // (the type's word opens the span, "Via Colinas", or lies one blank before it, "rue | bourque")
  let a = s;
  let w = lettersEnd(s);
  if (w >= e || !typeWord57(a, w)) {
    w = s - 1;
    a = lettersStart(w);
    if (a == w || (a < 3 || (byteAt(a - 1) != 0x20 || !typeWord57(a, w)))) return s;
  }
  if (a < 3 || byteAt(a - 1) != 0x20) return s;
  let q = a - 1;
  while (q > 0 && (isDigit(byteAt(q - 1)) || (byteAt(q - 1) == 0x2d && (q >= 2 && (isDigit(byteAt(q - 2)) && q < a - 1))))) q--;
  if (q == a - 1 || (a - 1 - q > 6 || (!isDigit(byteAt(q)) || byteAt(q) == 0x30))) return s;
  return numberOpens56(q) ? q : s;
}

/** (stop 57, pl57) Letters a..w are "via" or a street's prefix word of the tables that names no numbered road. */
function typeWord57(a: u32, w: u32): bool {
  if (w - a == 3 && ((byteAt(a) | 0x20) == 0x76 && ((byteAt(a + 1) | 0x20) == 0x69 && (byteAt(a + 2) | 0x20) == 0x61))) return true;
  return tableReady() && ((rangeData(a, w) & F_STREET_PREFIX) != 0 && wordIndex(NUMBERED_ROADS, a, w) < 0);
}
