// Why this file exists: stop 63 (fa63) keeps its facility rule out of detect.ts: a service's facility head and "at"
// before its host's or its town's name, "Anticoagulation Clinic at Hillside", "Memorial Hospital at Gulfport": the
// place after "at" is part of the facility's name and the evidence the words before the head lacked. Called from the
// facility walk (facilityOrPlace()) where a facility head already fired; allocates nothing.
import { F_CRED, F_CUE, F_FAC_MOD, F_FACILITY, F_LOC_CUE, F_MONTH, F_NOT_NAME, F_ORG, F_TITLE } from "./flags";
import {
  MODE_CAPS, MODE_LOWER, MODE_MIXED, SH_CAP, SH_INITIAL, SH_LOWER, SH_UPPER, count, exists, nameStr, placeStr, rd,
  tData, tEnd, tShape, tStart, tierOf, tight, wordIn,
} from "./detect";

// (fa63) the words that open a host's or a town's name after "at" and are no evidence alone ("at Saint Luke's", "at
// Mount Sinai", "AT ST. AGNES")
const AT_OPENERS63 = "\u0005saint\u0002st\u0005mount\u0002mt\u0004fort\u0002ft\u0004port\u0004lake\u0004west\u0004east\u0005north\u0005south";

// (fa63) English words after "at" that a name, a surname or a town list holds too and that say when or where in prose:
// never a host's name ("seen in Clinic at Noon", "dialysis at home", "Hospital at Night")
const AT_NOT63 = "\u0004noon\u0005night\u0008midnight\u0004home\u0007bedside\u0008baseline\u0004work\u0006school\u0004rest\u0005lunch\u0006dinner\u0009breakfast\u0004dawn\u0004dusk\u0007present\u0005times\u0004once\u0005least\u0004last\u0005first";

// (fa63) heads that name a service given somewhere rather than a place of its own: "CARDIAC REHAB AT ASHBY FORGE YMCA",
// "DIALYSIS AT FRESENIUS", "Sports Medicine at Steadman Hawkins", "URGENT CARE AT RUTLAND", "PHARMACY AT WALGREENS"
const AT_ACTIVITY63 = "\u0005rehab\u000erehabilitation\u0008dialysis\u0005detox\u0004care\u0008medicine\u0007therapy\u0008pharmacy\u0006living\u0008infusion\u0007hospice";

/**
 * (stop 63, fa63) The name after "at" right after a facility's head ending at token `last` (k's head; up to `limit`, k
 * + LOOK_AHEAD: a decision may not depend on how much input has arrived): "Anticoagulation Clinic at Hillside", "Cancer
 * Center at Lakeview", "MEMORIAL HOSPITAL AT GULFPORT", "Birth Center at Abernathy General". "at" in lower case in
 * mixed-case text (in the head's case otherwise), then one or two words of the head's shape (capitalised in mixed case;
 * "St." as an initial), one of them evidence of a name: a place's or a name's word, or a word no English list has (in
 * mixed case a capitalised rare English word too; in lower case a listed place or a strong name only). Returns the
 * name's last token, or 0. Refused: a head that names a service given somewhere (AT_ACTIVITY63: "CARDIAC REHAB AT ASHBY
 * FORGE YMCA"), an article, a number, a time or a place of the day after "at" ("seen in clinic at 3 pm", "Clinic at the
 * VA", "Hospital at Night", "clinic at noon", "dialysis at home": AT_NOT63), a month, a title, a cue or a credential
 * ("Clinic at Dr. Lee's"), a drug's name, core English words alone ("HOSPITAL AT THAT TIME"), in ALL CAPS an unknown
 * word under five letters (a hospital's initials: "CARDIOLOGY CLINIC AT AKKW") and in mixed case an acronym alone
 * unless the words before the head were evidence (`strong`): "Renal Clinic at VHYT" is a department and its host, "Erie
 * Sleep Center at UPMC" one name.
 */
export function atPlace63(last: u32, limit: u32, mode: u32, strong: bool): u32 {
  const a = last + 1;
  if (wordIn(last, AT_ACTIVITY63)) return 0;
  if (a + 1 > limit || (a + 1 >= count || (!exists(a + 1) || (!tight(a) || (!tight(a + 1) ||
    !wordIn(a, "\u0002at")))))) return 0;
  const sh = rd(tShape, last);
  if (rd(tShape, a) != (mode == MODE_MIXED ? SH_LOWER : sh)) return 0;
  let end: u32 = 0;
  let ev = false;
  for (let m = a + 1; m <= limit && m < count; m++) {
    if (m > a + 1 && !tight(m)) break;
    const ms = rd(tShape, m);
    const md = rd(tData, m);
    if (mode == MODE_MIXED ? ms != SH_CAP && (ms != SH_UPPER && ms != SH_INITIAL) : ms != sh && ms != SH_INITIAL) break;
    // (an organisation's head after "at" is a host of its own, as the fixtures label it: "Counseling Center at
    // University of Oregon")
    if (wordIn(m, AT_NOT63) || (md & F_ORG) == F_ORG) return 0;
    if ((md & (F_MONTH | F_CUE | F_TITLE | F_CRED | F_LOC_CUE | F_NOT_NAME)) != 0 && !wordIn(m, AT_OPENERS63)) break;
    const t = tierOf(md);
    const len = rd(tEnd, m) - rd(tStart, m);
    if (wordIn(m, AT_OPENERS63) || (ms == SH_INITIAL && m == a + 1)) {
      end = m;
      continue;
    }
    let own: bool;
    if (mode == MODE_MIXED) own = t != 1 || (nameStr(m) > 1 || placeStr(md) > 0);
    else if (mode == MODE_CAPS) own = (t == 0 && len >= 5) || (nameStr(m) > 1 || placeStr(md) > 0);
    else own = nameStr(m) > 1 || placeStr(md) > 0;
    // (a facility modifier goes on after the name's evidence: "at Abernathy General", "AT ROCKLEDGE MEMORIAL")
    if (!own && !(ev && (md & F_FAC_MOD) != 0)) break;
    if (own) ev = true;
    end = m;
  }
  // (an acronym alone after "at" in mixed case is a hospital's initials and needs the service's own name before its
  // head: "Erie Sleep Center at UPMC"; "Cardiology Clinic at XTO" is the host's name and a department)
  if (ev && (mode == MODE_MIXED && (!strong && (end == a + 1 && rd(tShape, end) == SH_UPPER)))) return 0;
  // (the host's own head after its name makes it a name of its own, as the fixtures label it: "Outreach Clinic at Hilo
  // Medical Center" is two names; at the look-ahead's end a facility's word may open that head, which the decision may
  // not read; lower case has no tail to carry the name on: "montefiore wellness center at westchester square" is left
  // to the rules that read it whole)
  // (nor may a facility's word follow inside it: "Clinic at Saint Alphonsus Regional Medical Center")
  if (ev && (end == limit && (mode == MODE_LOWER || (rd(tData, end) & (F_FACILITY | F_FAC_MOD)) != 0))) return 0;
  if (ev && (end < limit && (end + 1 < count && (tight(end + 1) &&
    (rd(tData, end + 1) & (F_FACILITY | F_FAC_MOD)) != 0)))) return 0;
  return ev ? end : 0;
}
