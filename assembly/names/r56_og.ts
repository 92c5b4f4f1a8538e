// Why this file exists: stop 56 (og56) keeps its rule out of detect.ts (one call site in step(), beside og55's pharmacy
// rule): a firm named by one to three words and the head "Health" alone, the shape of health plans, health systems and
// health-care vendors ("health plan: priority health · member ...", "BILLING: CENCAL HEALTH MEMBER ...", "employer:
// renown health (she is a nicu nurse)", "medicaid sunshine health id 9044"), in ALL CAPS and lower
// case (and in mixed case where the facility rules left it), which the older rules read only as a capitalised facility.
// Read at the head's word after a payer's, an employer's or a vendor's label, the name's words walked back with og55's
// walk (tradeWord40(), at most three, already pushed); reads one token ahead, allocates nothing.
import { punctBefore } from "../scanners/util";
import { tradeStrength54 } from "./r54_og54b";
import { WHERE59, healthWhere59 } from "./r59_og59";
import { ENTITY_LOCATION } from "../abi";
import {
  G_COLON, G_HYPHEN, MODE_MIXED, R_ORGANIZATION, SH_CAP, SH_NUM, ampGap, columnGap, count, exists, modeAt, pEnd,
  pType, rd, span, tDone, tEnd, tGap, tShape, tStart, textShape, tight, tradeWord40,
  wordIn
} from "./detect";

// words that say what kind of health, not whose: the name's first word is none of them ("for mental health", "good
// overall health", "optimize bone health", "at home health"), nor may any word be a public body's (the public-body rules':
// "county", "state", "public", "tribal")
const KINDS56 = "\u0006mental\u000abehavioral\u000bbehavioural\u0006public\u0004home\u000coccupational\u0009community\u0005women\u0007women's\u0003men\u0005men's\u0005child\u0008children\u000achildren's\u0006family\u0007student\u0008employee\u000apopulation\u0006global\u0004oral\u0006sexual\u000creproductive\u0008physical\u0009emotional\u0009spiritual\u0009financial\u0007general\u0007overall\u0004good\u0004poor\u0006better\u0004best\u0007optimal\u0009excellent\u0004fair\u0009declining\u0007failing\u0003bad\u0005great\u0005whole\u000bintegrative\u0008holistic\u000apreventive\u0007primary\u0005rural\u0005urban\u0008maternal\u0006infant\u000aadolescent\u0009pediatric\u0007veteran\u0008veterans\u0006senior\u0009geriatric\u0004bone\u0005brain\u0005heart\u0004skin\u0003gut\u0004lung\u0003eye\u0006kidney\u0005liver\u0006dental\u0006vision\u0007hearing\u0005joint\u0007cardiac\u000ecardiovascular\u000brespiratory\u0009metabolic\u000denvironmental\u0006school\u0009workplace\u0007digital\u0008personal\u0007patient\u0009patient's\u0005their\u0003own\u0008internal\u0005total\u0007current\u0008baseline\u0006future\u0009long-term\u0007genetic\u0005sleep\u0006weight\u0004foot\u0005youth\u0006racial\u0008minority\u000dinternational\u0006social\u0009cognitive\u000cprofessional\u0008clinical\u0006health\u0008wellness\u0004lgbt\u0005lgbtq\u0006lgbtqi\u0005trans\u0005queer";
// a public body's words: not this rule's ("lake county health", "state health", "indian health")
const BODIES56 = "\u0006county\u0004city\u0005state\u0008district\u0008national\u0007federal\u0006tribal\u0006nation\u0006indian\u000adepartment\u0004dept\u0006public\u0008regional\u0006parish\u0007village\u0004town\u0008township\u0004dhhs\u0003dhs\u0003hhs\u0003doh\u0003dph\u0004dshs";
// a payer's, an employer's or a vendor's labels right before the name, with their colon or not ("insurance: husky
// health", "BILLING: CENCAL HEALTH", "secondary priority health", "medicaid sunshine health", "vendor cadence health")
const LABELS56 = "\u0009insurance\u0003ins\u0007insurer\u0005payer\u0005payor\u0007billing\u0008coverage\u0007carrier\u0007sponsor\u0008employer\u0006vendor\u0009secondary\u0008medicaid\u0008medicare";
// words right after the head that belong to the firm's record, not to the name: a member's number's, a prior
// authorisation's, the firm's lab, pharmacy or ride ("viva health pa # vh-99", "priority health member 9044", "ballad
// health lab", "uber health ride"), and a place's "on", "in", "at"
const AFTER56 = "\u0002id\u0006member\u0002pa\u0005group\u0006policy\u0003lab\u0008pharmacy\u0004card\u0004ride\u0002on\u0002in\u0002at\u0003for\u0002to\u0003and\u0003via\u0005today\u0003was\u0002is\u0003has\u0004will\u0004says\u0006denied\u0008approved\u0008notified\u0006called\u0005faxed\u0004sent\u0002re\u0009regarding";
// a record's words after the head that make the name a payer's or a vendor's whatever its words ("id", "member", "pa",
// "group", "policy")
const RECORD56 = "\u0002id\u0006member\u0002pa\u0005group\u0006policy";

/** (step()'s gate) A token of `len` letters opening with byte b may be the head "health" (6). */
// @ts-ignore: decorator
@inline export function healthGate56(b: u32, len: u32): bool {
  return len == 6 && (b | 0x20) == 0x68;
}

/**
 * Token k, the head "health" in the text's letter case (sh, textShape()), closes one to three name words before it
 * (tradeWord40(), as og55's pharmacies: no cue, title, function word, determiner, facility head), one of them naming
 * (tradeNaming40()), the first of them no kind of health (KINDS56: "mental", "good", "home", "bone", ...), none a public
 * body's (BODIES56). The frame right before the name: a payer's, an employer's or a vendor's label (LABELS56, its colon
 * or not, no column's gap; "health plan:" too), or an opening bracket with a record's word or a code right after the head
 * ("(stratus health id sh-88120)"). The name closes after the head: no word in the text's case but a record's, a place's
 * or a clause's (AFTER56), in mixed case no capitalised word, no "&" or hyphen (the name goes on). After a word of where
 * or whom through ("at", "by", "from") the facility rules read "X Health" and type it a facility or an organisation as
 * they do; a first build that read those frames too retyped eight of their facilities ("(monument health)", "at DHR
 * Health") and was cut back to the labels. "Insurance: Medicaid with behavioral health", "(sexual health)", "plan:
 * optimize heart health" stay words. Writes the organisation (score 550, below every facility's, the words undecided: a
 * facility or a name the older rules find on them later types the span as before) and returns true.
 */
export function healthAlone56(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 2 || (!exists(k - 1) || !tight(k)))) return false;
  if (!wordIn(k, "\u0006health")) return false;
  // the name's words before the head
  let f = k;
  while (f + 3 > k && (f >= 2 && (exists(f - 1) && ((tight(f) || (rd(tGap, f) == G_HYPHEN || ampGap(f))) &&
    (!wordIn(f - 1, LABELS56) && tradeWord40(f - 1, sh, mode)))))) f--;
  if (f == k || !exists(f - 1)) return false;
  if (wordIn(f, KINDS56)) return false;
  // (stop 59, og59: after a where-word in ALL CAPS and lower case, a health system's brand and its campus, "AT UF HEALTH
  // SHANDS", "from iu health bloomington hollow": healthWhere59() in r59_og59.ts)
  if (mode != MODE_MIXED && (tight(f) && wordIn(f - 1, WHERE59))) return healthWhere59(k, f, sh, mode, KINDS56, BODIES56);
  for (let j = f; j < k; j++) if (wordIn(j, BODIES56)) return false;
  // the frame
  const a = rd(tStart, f);
  const p = f - 1;
  let label = false;
  if (tight(f)) {
    if (!wordIn(p, LABELS56)) return false;
    label = true;
  } else if ((rd(tGap, f) & G_COLON) != 0) {
    if (columnGap(f)) return false;
    // ("health plan: priority health")
    label = wordIn(p, LABELS56) || (wordIn(p, "\u0004plan") && (p >= 1 && (exists(p - 1) && (tight(p) && wordIn(p - 1, "\u0006health")))));
    if (!label) return false;
  } else if (punctBefore(a) != 0x28) return false;
  // the words' strength: one may name a firm
  if (tradeStrength54(f, k) == 0) return false;
  // a record's word or a code right after the head ("priority health member ...", "PRIORITY HEALTH PH-7712044180",
  // "viva health pa #")
  const n = k + 1;
  let record = false;
  // (right after it, no bracket or colon between: "rapid city regional hospital (monument health)   3/30/99" has none)
  if (n < count && tight(n)) {
    const ns = rd(tShape, n);
    if (wordIn(n, RECORD56)) record = true;
    else if (ns == SH_NUM || ns == 5 && rd(tEnd, n) - rd(tStart, n) >= 5) record = true;
  }
  // (an opening bracket frames it only with a record after it: "(stratus health id sh-88120)"; "(monument health)" is the
  // facility rules')
  if (!label && !record) return false;
  // the close
  if (n < count && tight(n)) {
    const ns = rd(tShape, n);
    if (mode == MODE_MIXED && (ns == SH_CAP && !wordIn(n, AFTER56))) return false;
    if (ns == sh && !wordIn(n, AFTER56)) return false;
  }
  // (the name goes on after "&" or a hyphen: "Michigan Health & Hospital Association", "Oregon Health & Science
  // University" are the older rules')
  if (n < count && (ampGap(n) || rd(tGap, n) == G_HYPHEN)) return false;
  // (a span pending over the name's words, or a word decided, stays as it is)
  if (pType != 0 && pEnd > a) return false;
  for (let m = f; m <= k; m++) if (rd(tDone, m) != 0) return false;
  // (the words stay undecided and the score below every facility's: a facility or a name the older rules find on them
  // later merges with this span and types it as before, "sanford health", "LMH Health" stay facilities; only where no
  // rule finds a word is it this rule's organisation)
  span(a, rd(tEnd, k), ENTITY_LOCATION, 550, R_ORGANIZATION);
  return true;
}
