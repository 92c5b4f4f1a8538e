// Why this file exists: stop 51 (og51) keeps its rules out of detect.ts: a facility's name that ends in the head of an
// agency, a practice or a congregation (a home health agency, a parish, a shelter, an inn) typed as the organisation
// every fixture labels it, whichever rule found it.
import { byteAt, isAlpha } from "../input";
import { anyWordIn, lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { F_FACILITY, F_ORG } from "./flags";
import { SH_LOWER, SH_UPPER, count, exists, rd, tData, tEnd, tShape, tStart, tight, wordIn } from "./detect";

/** A hospital's or a clinic's head before the organisation's head: a hospital's own department or service ("Mercy
 * Medical Center Home Care", "Kona Community Hospital Hospice" stay the hospital's facility). */
const HOSPITAL_HEADS51 = "\u0008hospital\u0006center\u0006centre\u0006clinic\u0009infirmary\u0009institute\u0007medical\u0007hospice";

/** Last words that name a body no patient stays in: a congregation ("St. Hedwig Parish", "St. Mark's Episcopal", "St.
 * Paul AME"), a shelter or an inn ("Harbor Light Men's Shelter", "Pine Street Inn", "Hampton Inn"), a practice named by
 * its trade ("Tri-State Orthopaedics", "Coastal Orthotics & Prosthetics", "Iron Range Chiropractic & Wellness",
 * "Northwest Oncology & Hematology"). Not "club" (a country club is a place), "orthopedics" or "alliance" (a hospital's
 * service and a health system the fixtures label a place, once each). */
const ORG_HEADS51 = "\u0006parish\u0007shelter\u0003inn\u0009episcopal\u0003ame\u0008wellness\u000bprosthetics\u000corthopaedics\u000ahematology\u000bhaematology";

/** Two last words that name an agency or a practice ("Aspirus Home Health", "Interim Home Care", "Four Seasons
 * Palliative Care", "Sylvan Learning Center", "Costco Hearing Center", "Hamilton County Job & Family Services",
 * "Athletico Physical Therapy"), one blank between them. */
const ORG_PAIRS51 = "\u000bhome health\u000fhome healthcare\u0009home care\u000fpalliative care\u000flearning center\u000flearning centre\u000ehearing center\u000ehearing centre\u000ffamily services\u0010physical therapy";

/**
 * (og51) The facility span [a, e) is an organisation's name: its last word is one of ORG_HEADS51, or its last two words
 * one of ORG_PAIRS51, after one blank and a word before them, and no hospital's head among the words before. The
 * caller retypes the span an organisation's; its bounds do not move.
 */
export function orgHead51(a: u32, e: u32): bool {
  if (e < a + 7 || !isAlpha(byteAt(e - 1))) return false;
  const s = lettersStart(e);
  if (s < a + 2 || byteAt(s - 1) != 0x20) return false;
  let h = s;
  if (wordIndex(ORG_HEADS51, s, e) < 0) {
    // (the pair's first word: letters before the one blank)
    if (s < a + 3 || !isAlpha(byteAt(s - 2))) return false;
    h = lettersStart(s - 1);
    if (h < a + 2 || (byteAt(h - 1) != 0x20 || wordIndex(ORG_PAIRS51, h, e) < 0)) return false;
  }
  // (a word of letters before the head: "Home Health" alone is a service's words)
  if (!isAlpha(byteAt(h - 2)) && (byteAt(h - 2) != 0x27 && (byteAt(h - 2) != 0x2e && byteAt(h - 2) != 0x26))) return false;
  return !anyWordIn(HOSPITAL_HEADS51, a, h - 1);
}

// ---- a county's agency named by its acronym or its remit's two words after the county's head ----

/** A county's (or a parish's, a city's) agencies by their acronyms, from general knowledge of US local government (not
 * from the fixtures): the nutrition programme (WIC), social and human services (DSS, DHS, DHHS, HHS, DPSS, DSHS),
 * child and adult protection (CPS, APS, DCFS, DFCS, DCS, DCYF), Ohio's job and family services (JFS, DJFS), child
 * support (DCSS), public health (DPH, DOH), emergency management (EMA, OEM, OHSEP), mental health boards (MHMR, CSB). */
const COUNTY_ACRONYMS51 = "\u0003wic\u0003dss\u0003dhs\u0004dhhs\u0003hhs\u0004dpss\u0004dshs\u0003cps\u0003aps\u0004dcfs\u0004dfcs\u0003dcs\u0004dcyf\u0003jfs\u0004djfs\u0004dcss\u0003dph\u0003doh\u0003ema\u0003oem\u0005ohsep\u0004mhmr\u0003csb";

/** A county's offices by two words the older lists (COUNTY_BODY_1/2, AGENCY_HEADS27, REMIT_OFFICES48) do not pair:
 * "Greene County Public Administrator", "Clark County Social Service", "Oneida County Mental Health", "Johnson County
 * Fiscal Court", "Sioux County Environmental Health", "Imperial County Agricultural Commissioner". */
const COUNTY_PAIRS51 = "\u0014public administrator\u000fpublic guardian\u000esocial service\u000dmental health\u000cfiscal court\u0014environmental health\u0019agricultural commissioner\u000fadult probation\u0014probation department\u000ehuman services\u0010veterans service\u0011veterans services";

/** Token m is tight after the one before it, one blank between them (no hyphen, slash or mark). */
export function blankBefore51(m: u32): bool {
  return m < count && (exists(m) && (tight(m) && (rd(tStart, m) == rd(tEnd, m - 1) + 1 && byteAt(rd(tEnd, m - 1)) == 0x20)));
}

/**
 * (og51) The county's head at token h (a county just found: "Fresno County", "oneida county") is followed by one of its
 * agencies: an acronym of COUNTY_ACRONYMS51 (in capitals in mixed case and ALL CAPS, lower case in lower-case text:
 * "FRESNO COUNTY WIC", "Oneida County DSS", "multnomah county wic") or two words of COUNTY_PAIRS51 in the county's
 * case. A facility's or an organisation's word right after it leaves the wider name to the older rules ("Hidalgo
 * County WIC Clinic"). Returns the agency's last token, or 0.
 */
export function countyAgency51(h: u32, sh: u32): u32 {
  const n = h + 1;
  if (!blankBefore51(n)) return 0;
  let e: u32 = 0;
  const ns = rd(tShape, n);
  if ((sh == SH_LOWER ? ns == SH_LOWER : ns == SH_UPPER) && wordIn(n, COUNTY_ACRONYMS51)) e = n;
  else if (ns == sh && (blankBefore51(n + 1) && (rd(tShape, n + 1) == sh && wordIndex(COUNTY_PAIRS51, rd(tStart, n), rd(tEnd, n + 1)) >= 0))) e = n + 1;
  if (e == 0) return 0;
  if (blankBefore51(e + 1) && (rd(tData, e + 1) & (F_FACILITY | F_ORG)) != 0) return 0;
  return e;
}

// ---- the words of a name before the head an organisation's span opens with ----

/** Heads an organisation's name may open with after its kind's words ("Visiting Nurse | Association of ...",
 * "Mothers' Milk | Bank of ...", "Legal | Services of ...", "Harm Reduction | Coalition of ..."). */
const GROW_HEADS51 = "\u000bassociation\u0004bank\u0007society\u0008alliance\u0007network\u0007council\u000afoundation\u0004fund\u0006league\u0008services\u0006agency\u000ahealthcare\u0009coalition";

/** Words that close the walk back: where the name's words begin after them ("referred to | Visiting Nurse
 * Association", "number for | legal services of ..."). */
const GROW_FRAMES51 = "\u0002to\u0004from\u0002at\u0004with\u0002by\u0003via\u0003for\u0003per\u0002of\u0003the\u0003and\u0002in\u0002on";

/** Words no name's start is (the walk gives up): articles and pronouns, verbs of notes, a patient's and a family's
 * words, "care", "new", "local", "state", "county", "area" (a county's or a state's words stay the older rules'). */
const GROW_STOP51 = "\u0001a\u0002an\u0002or\u0003his\u0003her\u0005their\u0003our\u0002my\u0004your\u0003its\u0004this\u0004that\u0005these\u0005those\u0002is\u0003was\u0003are\u0004were\u0002be\u0004been\u0003has\u0004have\u0003had\u0004will\u0005would\u0006should\u0003can\u0003may\u0007patient\u0002pt\u0003pts\u0006family\u0006mother\u0006father\u0003son\u0008daughter\u0004wife\u0007husband\u0005refer\u0008referred\u0008referral\u0006called\u0004call\u0007contact\u0009contacted\u0008notified\u0004seen\u0004sent\u0004send\u0005faxed\u0003fax\u0007through\u0004care\u0003new\u0002no\u0003not\u0003see\u0004also\u0005local\u0005state\u0006county\u0004area";

/** Letter case of the word [s, e): 0 lower case, 1 capitalised, 2 capitals (two letters or more), 3 other. */
function case51(s: u32, e: u32): u32 {
  let up: u32 = 0;
  let lo: u32 = 0;
  for (let i = s; i < e; i++) {
    const b = byteAt(i);
    if (b >= 0x41 && b <= 0x5a) up++;
    else if (b >= 0x61 && b <= 0x7a) lo++;
  }
  const first = byteAt(s);
  if (up == 0) return 0;
  if (lo == 0) return up >= 2 ? 2 : 1;
  return first >= 0x41 && first <= 0x5a && up == 1 ? 1 : 3;
}

/**
 * (og51) An organisation's span [a, ...) opens with a head of GROW_HEADS51 the older rules read from the head on
 * ("Association of the Fox Valley"); the one to three words right before it, one blank apart on its line, in the head's
 * letter case (capitalised or capitals before a capitalised head), none of GROW_STOP51 and none before `floor` (the
 * last finding's end), are the name's when the walk then meets where a name begins: the text's or the line's start,
 * a mark ("AGENCY: ", "— "), a frame of GROW_FRAMES51, or in mixed case a word in lower case. Returns the name's new
 * start, or a ("pt needs legal services of ..." stays: "pt" gives the walk up).
 */
export function orgStart51(a: u32, floor: u32): u32 {
  const he = lettersEnd(a);
  if (he == a || wordIndex(GROW_HEADS51, a, he) < 0) return a;
  const hc = case51(a, he);
  let s = a;
  for (let n: u32 = 0; n <= 3; n++) {
    // (a mark, the line's start or the text's start before the words: the name begins here)
    if (s < 2 || (byteAt(s - 1) != 0x20 || !(isAlpha(byteAt(s - 2)) || byteAt(s - 2) == 0x27))) return n > 0 ? s : a;
    if (n == 3) return a;
    const we = s - 1;
    let ws = we;
    while (ws > 0 && (isAlpha(byteAt(ws - 1)) || byteAt(ws - 1) == 0x27)) ws--;
    if (!isAlpha(byteAt(ws))) return a;
    const c = case51(ws, we);
    const le = lettersEnd(ws);
    if (wordIndex(GROW_FRAMES51, ws, we) >= 0 || (hc == 1 && c == 0)) return n > 0 ? s : a;
    if (ws < floor || wordIndex(GROW_STOP51, ws, le) >= 0) return a;
    if (hc == 1 ? c != 1 && c != 2 : c != hc) return a;
    s = ws;
  }
  return a;
}
