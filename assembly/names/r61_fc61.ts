// Why this file exists: stop 61 (fc61) keeps its facility rules out of detect.ts: a jail, a prison or a detention
// centre named by its own words before its head ("Stewart Detention Center", "Fourth Avenue Jail", "anchorage
// correctional complex"), written at the head alone (never the town after its comma, never across a bracket), and a
// field's label ending in a facility's head before its colon ("DONOR HOSPITAL: ...") refused as a name in ALL CAPS and
// lower case (caselessName60()'s mend). Reads the tokens around a head the word table's facility bit already
// reached (facilityOrPlace()); allocates nothing.
import { ENTITY_LOCATION } from "../abi";
import { punctAfter } from "../scanners/util";
import { F_CRED, F_CUE, F_LOC_CUE, F_MONTH, F_TITLE, F_VERB_BY } from "./flags";
import {
  G_NEWLINE, G_SENT, G_START, MODE_MIXED, R_FACILITY, SH_CAP, columnGap, exists, flushedEnd, headingDash31, ownNamer48, pEnd, pType, rd, spanDone,
  tData, tEnd, tGap, tShape, tStart, tight, whereOrWhereThe, wordIn
} from "./detect";
import { MIDS51 } from "./r51_fy51";
import { distinct60 } from "./r60_hs60";

/**
 * (stop 61, fc61) The head ending at token `last` is followed by a colon and the name's first token f opens its field
 * (no word of where before it, "TO", "AT THE"): the words are a field's label ("DONOR HOSPITAL:", "referring clinic:"),
 * not a facility's name. "transferred to mercy hospital: stable" keeps its name.
 */
export function labelHead61(f: u32, last: u32): bool {
  if (punctAfter(rd(tEnd, last)) != 0x3a) return false;
  return !(f > 0 && (exists(f - 1) && (tight(f) && whereOrWhereThe(f - 1))));
}

// (fc61) a correctional head's first words before its place's word ("Correctional Facility", "Detention Center",
// "Corrections Facility"; "Corrections Center" is stop 27's head, read by the facility walk)
const OPENS61 = "\u000ccorrectional\u0009detention\u000bcorrections";
// the words inside a jail's name besides MIDS51's ("Broward Sheriff's Office Main Jail", "Denver Downtown Detention
// Center", "Cook County Juvenile Temporary Detention Center")
const MIDS61 = "\u0006county\u0004main\u0008downtown\u0009temporary\u0007central\u0009sheriff's\u0006office";

/**
 * (stop 61, fc61) Token k opens a facility's head of the word table ending at token `last`. Returns 0 when the head is
 * no correctional head ("penitentiary", "<correctional|detention> <facility|institution|center|complex>"; stop 62, fc62:
 * "jail" taken out, no word table flags it a head, so the test never met it), 1 when it is and no name is written here
 * (the facility walk is skipped: it took the town after the comma and crossed brackets, stop 60's fb60), 2 when the
 * name was written. The name: one to five tight words before the head in its letter case (no comma, bracket, colon,
 * column gap or, stop 62, heading's dash between), a jurisdiction's, a population's or a place's words (MIDS51, MIDS61)
 * and the name's own words (ownNamer48()), the first an own word; one own word a name's, a place's, a
 * state's or a word no list has (distinct60()), or in mixed case a capitalised word not opening its sentence ("Fourth
 * Avenue Detention Center"). Written at the head, typed a facility; the caller keeps a town after the comma a place of its own
 * (apart60: "Eloy Detention Center, Eloy, AZ"). Not "held in county jail", "the regional jail", "Juvenile
 * Detention Center" (no own word), "prison ministry", "a jail cell" (no head).
 */
export function corrHead61(k: u32, last: u32, mode: u32): u32 {
  if (last == k) {
    if (!wordIn(k, "\u000cpenitentiary")) return 0;
  } else if (last != k + 1 || !wordIn(k, OPENS61)) return 0;
  const s = rd(tStart, k);
  // (a name an older rule wrote over the head already: "Lebanon Correctional Institution", corrTail51p())
  if (s < flushedEnd || (pType != 0 && pEnd > s)) return 1;
  const sh = rd(tShape, k);
  // ("<place> County Jail" is the county rules' organisation, as the older fixtures label it: publicTail56())
  if (rd(tShape, last) != sh || (last == k && (k > 0 && (exists(k - 1) && wordIn(k - 1, "\u0006county"))))) return 1;
  let f = k;
  // (stop 62, fc62: nor over a heading's dash, "IHSC - STEWART DETENTION CENTER": the agency's initials are no part of it)
  while (f > 0 && (exists(f - 1) && (tight(f) && (k - f < 5 && !(columnGap(f) || headingDash31(f)))))) {
    const q = f - 1;
    if (rd(tShape, q) != sh || (rd(tData, q) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_VERB_BY | F_LOC_CUE)) != 0) break;
    if (!(wordIn(q, MIDS51) || wordIn(q, MIDS61)) && !ownNamer48(q, sh)) break;
    f = q;
  }
  while (f < k && !ownNamer48(f, sh)) f++;
  if (f == k) return 1;
  let ev = false;
  for (let m = f; m < k; m++) {
    if (!ownNamer48(m, sh)) continue;
    if (distinct60(m) || (mode == MODE_MIXED && (sh == SH_CAP && (rd(tGap, m) & (G_NEWLINE | G_SENT | G_START)) == 0))) ev = true;
  }
  if (!ev) return 1;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 900, R_FACILITY, f, last);
  return 2;
}
