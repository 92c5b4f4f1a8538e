// Why this file exists: stop 51 (og51) keeps its rules out of detect.ts: a facility's name that ends in the head of an
// agency, a practice or a congregation (a home health agency, a parish, a shelter, an inn) typed as the organisation
// every fixture labels it, whichever rule found it.
import { byteAt, isAlpha } from "../input";
import { anyWordIn, lettersStart, wordIndex } from "../scanners/util";
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
function blankBefore51(m: u32): bool {
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
