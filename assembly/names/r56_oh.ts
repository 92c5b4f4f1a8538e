// Why this file exists: stop 56 (oh56) keeps its rule for public bodies named after a place out of detect.ts (its one
// call site is corrTail51p(), beside fy51's correctional head): a court, a jail, a police department, a sheriff's
// office, an EMS, ambulance or fire service, a school district or a town's schools after a town, a county or a state
// found before them ("KNOX COUNTY CRIMINAL COURT", "el paso county sheriff's office", "Rapid City Police Department",
// "Suffolk Probate and Family Court", "Bowling Green Independent Schools"), which the older rules read only in mixed
// case or head first; and the words a public body's name goes on with after an organisation found before them ("Fort
// Lupton Fire | Protection District", "Harlan Township Fire | & Rescue", "Huron Ambulance | Service", "Caddo Parish Fire
// District | 5", "Yale School | of Public Health"). Reads bytes of the input only,
// allocates nothing.
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { eqWord, isDigit, lettersStart, wordIndex } from "../scanners/util";
import { shape45b } from "./detect";
import { wordEnd51 } from "./r51_fy51";

// the words between the place and the body's head: a court's kind, a jurisdiction's, a school system's ("Adult Drug
// Treatment Court", "County Criminal Court", "City Court", "Probate and Family Court", "Independent Schools", "Unified
// School District"); "and" only after another of them
export const MIDS56 = "\u0006county\u0006parish\u0004city\u0007borough\u0008township\u0005state\u0007circuit\u0008district\u0008superior\u0008chancery\u0007probate\u0006family\u0008juvenile\u0009municipal\u0007supreme\u0004drug\u000amagistrate\u000cmagistrate's\u0008criminal\u0005civil\u000bimmigration\u0006fiscal\u0005adult\u0009treatment\u0007justice\u0007housing\u0007traffic\u0008regional\u0005metro\u000cmetropolitan\u0006public\u000bindependent\u0007unified\u000cconsolidated\u0004area\u0009community\u0009volunteer\u0003and";
// a place's last word that makes it a county's or a city's ("Rome City Court", "Suffolk County Jail")
const PLACE_HEADS56 = "\u0006county\u0006parish\u0004city\u0007borough";
// the heads: court jail police sheriff sheriff's sheriff-coroner ems ambulance fire school schools
const HEADS56 = "\u0005court\u0004jail\u0006police\u0007sheriff\u0009sheriff's\u000fsheriff-coroner\u0003ems\u0009ambulance\u0004fire\u0006school\u0007schools";
// the word after "police" or "sheriff's" that goes with the name ("Police Department", "Sheriff's Office")
const OFFICES56 = "\u000adepartment\u0004dept\u0006office";
// the word after "ambulance" that goes with the name ("Ambulance Service", "Ambulance Corps")
const AMBULANCE56 = "\u0007service\u0008services\u0005corps\u0009authority\u0008district";
// the word after "fire" that goes with the name ("Fire Department", "Fire District", "Fire Rescue", "Fire Company")
const FIRE56 = "\u000adepartment\u0004dept\u0008district\u0006rescue\u0007company\u0009authority";
// a district's number spelled ("School District Four")
export const NUMBERS56 = "\u0003one\u0003two\u0005three\u0004four\u0004five\u0003six\u0005seven\u0005eight\u0004nine\u0003ten";
// a school's field after "of" or "for" ("School of Nursing", "School of Public Health", "School for the Arts")
export const FIELDS56 = "\u0007nursing\u0008medicine\u0003law\u0009dentistry\u0008pharmacy\u0006public\u0006health\u0004arts\u0005mines\u0005music\u0006design\u0008business\u000bengineering\u0006social\u0004work\u0009education\u0008theology\u0009optometry\u000aosteopathy\u000bosteopathic";

/** (oh56) The head's word ends at byte e: the input's end or a byte no letter or digit. */
function closes56(e: u32): bool {
  return e >= inLen || !isAlnum(byteAt(e));
}

/** (oh56) The word one blank after byte e, in the letter case sh: its end, or 0. */
function nextWord56(e: u32, sh: u32): u32 {
  if (e + 1 >= inLen || byteAt(e) != 0x20) return 0;
  const a = e + 1;
  const f = wordEnd51(a);
  return f - a < 2 || shape45b(a) != sh ? 0 : f;
}

/** (oh56) The connector `w` ("of", "for", "the", "and") one blank after byte e, in the case sh or, after a capitalised
 * name, in lower case ("Court of Common Pleas", "School for the Arts"): its end, or 0. */
function joiner56(e: u32, sh: u32, w: string): u32 {
  if (e + 1 >= inLen || byteAt(e) != 0x20) return 0;
  const f = wordEnd51(e + 1);
  const s = shape45b(e + 1);
  return eqWord(e + 1, f, w) && (s == sh || sh == 1 && s == 0) ? f : 0;
}

/**
 * (oh56) A district's or a court's number after byte e, closing the name: " No. 1", " #2", a number spelled in the
 * name's case (" Four"), or (`bare`: after "District") one or two digits no word follows (" 5,", " 5 /"; not "District 5
 * medics", "Court 3 times", "District 5.5"; not a docket's "No. 97-CI-00318"). Returns the number's end, or e.
 */
function numberAfter56(e: u32, sh: u32, bare: bool): u32 {
  if (e + 2 >= inLen || byteAt(e) != 0x20) return e;
  let a = e + 1;
  const sign = byteAt(a) == 0x23 || (byteAt(a) | 0x20) == 0x6e && ((byteAt(a + 1) | 0x20) == 0x6f && (byteAt(a + 2) == 0x2e && byteAt(a + 3) == 0x20));
  if (!sign) {
    const w = nextWord56(e, sh);
    if (w != 0) return wordIndex(NUMBERS56, a, w) >= 0 && closes56(w) ? w : e;
  }
  if (!sign && !bare) return e;
  if (sign) a += byteAt(a) == 0x23 ? 1 : 4;
  let d = a;
  while (d < inLen && (d - a < 3 && isDigit(byteAt(d)))) d++;
  if (d == a || d - a > 2) return e;
  if (d < inLen && (isAlnum(byteAt(d)) || (byteAt(d) == 0x2e || byteAt(d) == 0x3a) && (d + 1 < inLen && isDigit(byteAt(d + 1))))) return e;
  // (a docket's or a case's number goes on after a hyphen or a slash: "CIRCUIT COURT NO. 97-CI-00318" is the court, then
  // its case's id; the merge of stop 56, after clinical-round-28's row)
  if (d < inLen && (byteAt(d) == 0x2d || byteAt(d) == 0x2f)) return e;
  if (!sign && (d + 1 < inLen && (byteAt(d) == 0x20 && isAlnum(byteAt(d + 1))))) return e;
  return d;
}

/**
 * (oh56) The words after a body's head word h (HEADS56's index) ending at byte e that its name goes on with: "Police
 * Department", "Sheriff's Office", "Ambulance Service", "Fire Protection District", "Fire & Rescue", "Fire & EMS",
 * "School District 4", "School of Nursing", "Court of Common Pleas", "Court No. 1". Returns the name's end (e when
 * nothing follows), or 0 when the head names no body without them ("fire" and "school" alone).
 */
function headTail56(h: i32, e: u32, sh: u32): u32 {
  const w = nextWord56(e, sh);
  const a = e + 1;
  if (h == 0) {
    // "Court of Common Pleas"
    const o = joiner56(e, sh, "of");
    if (o != 0) {
      const c = nextWord56(o, sh);
      if (c != 0 && eqWord(o + 1, c, "common")) {
        const p = nextWord56(c, sh);
        if (p != 0 && (eqWord(c + 1, p, "pleas") && closes56(p))) return p;
      }
    }
    return numberAfter56(e, sh, false);
  }
  if (h == 2 || (h == 3 || h == 4)) {
    if (w != 0 && (wordIndex(OFFICES56, a, w) >= 0 && closes56(w))) return w;
    return e;
  }
  if (h == 7) {
    if (w != 0 && (wordIndex(AMBULANCE56, a, w) >= 0 && closes56(w))) return w;
    return e;
  }
  if (h == 8) {
    // "Fire & Rescue", "Fire and Rescue", "Fire & EMS"
    let b = e + 1;
    if (b + 2 < inLen && (byteAt(e) == 0x20 && (byteAt(b) == 0x26 && byteAt(b + 1) == 0x20))) b += 2;
    else {
      const n = joiner56(e, sh, "and");
      if (n != 0) b = n + 1;
    }
    if (b > e + 1 && (b < inLen && byteAt(b - 1) == 0x20)) {
      const f = wordEnd51(b);
      if (closes56(f) && ((eqWord(b, f, "rescue") || eqWord(b, f, "ems")) && (shape45b(b) == sh || eqWord(b, f, "ems")))) return f;
      return 0;
    }
    if (w == 0) return 0;
    // "Fire Protection District"
    if (eqWord(a, w, "protection")) {
      const d = nextWord56(w, sh);
      return d != 0 && (eqWord(w + 1, d, "district") && closes56(d)) ? numberAfter56(d, sh, true) : 0;
    }
    if (wordIndex(FIRE56, a, w) < 0 || !closes56(w)) return 0;
    return eqWord(a, w, "district") ? numberAfter56(w, sh, true) : w;
  }
  if (h == 9) return schoolTail56(e, sh);
  return e;
}

/** (oh56) After "School" ending at byte e: "District" and its number, or "of"/"for" (and "the") and a field's one or two
 * words ("School of Public Health", "School for the Arts"). Returns the name's end, or 0. */
function schoolTail56(e: u32, sh: u32): u32 {
  const w = nextWord56(e, sh);
  if (w != 0 && eqWord(e + 1, w, "district")) return closes56(w) ? numberAfter56(w, sh, true) : 0;
  let o = joiner56(e, sh, "of");
  if (o == 0) o = joiner56(e, sh, "for");
  if (o == 0) return 0;
  const t = joiner56(o, sh, "the");
  if (t != 0) o = t;
  const b = o + 1;
  const f = nextWord56(o, sh);
  if (f == 0 || wordIndex(FIELDS56, b, f) < 0) return 0;
  const g = nextWord56(f, sh);
  if (g != 0 && (wordIndex(FIELDS56, f + 1, g) >= 0 && closes56(g))) return g;
  return closes56(f) ? f : 0;
}

/**
 * (oh56) A place's span (a town, county, state or country; `county`: its last word is "County", "Parish", "City" or
 * "Borough", or it is a county's) ends at `end`, its first word of letter case sh; after it, up to four words of MIDS56
 * and a body's head of HEADS56 with the words it goes on with, every word in that case and one blank apart:
 * "KNOX COUNTY CRIMINAL COURT", "Wood County Adult Drug Court", "Rome City Court", "Chicago Immigration Court", "Suffolk
 * Probate and Family Court", "el paso county sheriff's office", "Rapid City Police Department", "Michigan State Police",
 * "Drift Island EMS", "Bowling Green Independent Schools", "Raytown Unified School District". A court or a jail with no
 * kind's word wants a place whose last word is "City" ("Salem Court" may be a street, "marlow county court" the county
 * alone), a sheriff alone a county's, and after a state or a country every
 * head wants one ("Ohio police", "Texas EMS" name none). Returns the name's end, or 0.
 */
export function publicTail56(end: u32, sh: u32, county: bool, state: bool): u32 {
  const l = lettersStart(end);
  county = county || wordIndex(PLACE_HEADS56, l, end) >= 0;
  let city = eqWord(l, end, "city");
  // (the kind's words read: a place's head among them, "knox | county criminal court", says whose, not which kind)
  let kinds: u32 = 0;
  let i = end;
  let mids: u32 = 0;
  let joined = false;
  while (mids <= 4) {
    if (i + 1 >= inLen || byteAt(i) != 0x20) return 0;
    const a = i + 1;
    // ("&" between two kinds: "Probate & Family Court")
    if (byteAt(a) == 0x26) {
      if (mids == 0 || (joined || (a + 1 >= inLen || byteAt(a + 1) != 0x20))) return 0;
      joined = true;
      i = a + 1;
      continue;
    }
    const e = wordEnd51(a);
    const ash = shape45b(a);
    // ("EMS" in capitals after a capitalised place, "Drift Island EMS"; "and" in lower case, "Probate and Family Court")
    if (e - a < 3 || ash != sh && !(sh == 1 && (e - a == 3 && (ash == 2 || ash == 0 && eqWord(a, e, "and"))))) return 0;
    const h = wordIndex(HEADS56, a, e);
    if (h >= 0) {
      if (joined || (ash != sh && h != 6)) return 0;
      // (a court or a jail with no kind's word after a city's name only: "filed in marlow county court" names the county
      // as often as its court; a sheriff alone after a county's)
      if (kinds == 0 && (state || (h == 1 && !city || h == 3 && !county))) return 0;
      const t = headTail56(h, e, sh);
      // (but "Court of Common Pleas" names the court after a county's name: "CUYAHOGA COUNTY COURT OF COMMON PLEAS")
      if (kinds == 0 && (h == 0 && (!city && t < e + 12))) return 0;
      return t != 0 && closes56(t) ? t : 0;
    }
    if (wordIndex(MIDS56, a, e) < 0) return 0;
    if (eqWord(a, e, "and")) {
      if (mids == 0 || joined) return 0;
      joined = true;
    } else joined = false;
    if (wordIndex(PLACE_HEADS56, a, e) >= 0) {
      county = true;
      city = eqWord(a, e, "city");
    } else kinds++;
    mids++;
    i = e;
  }
  return 0;
}

/**
 * (oh56) An organisation's span ends at `end` with a public body's head that its name goes on after ("Fort Lupton Fire
 * Protection District", "Harlan Township Fire & Rescue", "Huron Ambulance Service", "Caddo Parish Fire District 5",
 * "Dillon School District Four", "Anne Arundel County Public Schools", "Mat-Su
 * Borough School District", "Yale School of Public Health"). Returns the name's new end, or 0.
 */
export function bodyTail56(end: u32): u32 {
  const a = lettersStart(end);
  if (end - a < 4) return 0;
  const sh = shape45b(a);
  // (the word before the head: a fire's or a school's district takes its number, "Caddo Parish Fire District 5"; an
  // agency's district keeps it apart, "Caltrans District 4")
  const q = a > 1 && byteAt(a - 1) == 0x20 ? lettersStart(a - 1) : a;
  if (eqWord(a, end, "district")) {
    if (!eqWord(q, a - 1, "fire") && (!eqWord(q, a - 1, "protection") && !eqWord(q, a - 1, "school"))) return 0;
    const n = numberAfter56(end, sh, true);
    return n > end ? n : 0;
  }
  if (eqWord(a, end, "public")) {
    const w = nextWord56(end, sh);
    return w != 0 && (eqWord(end + 1, w, "schools") && closes56(w)) ? w : 0;
  }
  const h = wordIndex(HEADS56, a, end);
  if (h != 7 && (h != 8 && h != 9)) return 0;
  // (a college's school is its department: "Boston College School of Nursing" names the college)
  if (h == 9 && eqWord(q, a - 1, "college")) return 0;
  const t = headTail56(h, end, sh);
  return t > end && closes56(t) ? t : 0;
}
