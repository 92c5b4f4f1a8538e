// Why this file exists: stop 58 (sp58) takes step()'s nine per-token calls of the head rules of stops 54-57 (og54b's
// vendors, og55's pharmacies, og56's health plans, fy57's collectives and grid roads, og57's employers and houses of
// worship, oh57's schools and military bases) out of the name pass's hot loop: step() tests one mask of the token's
// summary (S_HEADS58: each rule's head by its length and first letter, filled once in SUMS45) and calls headRules58(),
// which reads the text's mode once and calls each rule, in step()'s old order, only when the token's shape is one that
// rule's own first test accepts. Exact: every test here is implied by the rule's own first tests, so the findings cannot
// change (docs/performance.md, "Stop 58, sp58"). Allocates nothing.
import {
  MODE_MIXED, S_BASE58, S_BEH58, S_OCC58, exists, pEnd, pType, rd, tDone, tSum, S_COLL58, S_DME58, S_HEALTH58, S_PHARM58, S_ROAD58, S_SCHOOL58, S_WORK58, S_WORSHIP58, SH_CAP,
  SH_UPPER, S_LABEL62, modeAt, textShape,
} from "./detect";
import { behHealth52 } from "./r52_fx52";
import { labelNoColon62 } from "./r62_og62";
import { occPhys52b } from "./r52_og52b";
import { dmeVendor54 } from "./r54_og54b";
import { pharmacyAlone55 } from "./r55_og55";
import { healthAlone56 } from "./r56_og";
import { collectiveOrg57y, gridRoad57y } from "./r57_fy";
import { workHead57, worship57 } from "./r57_og";
import { militaryBase57h, schoolAlone57h } from "./r57_oh";

/**
 * (sp58) step()'s head rules for token k (shape sh, `len` bytes, summary sm): each behind its head's summary bit and the
 * shape its own first test wants (the text's case, textShape(); gridRoad57y() also capitals in mixed case; worship57() in
 * mixed case a capitalised or an upper-case word; workHead57() never in mixed case). True when one wrote (step() returns).
 */
export function headRules58(k: u32, sh: u32, len: u32, sm: u32): bool {
  const mode = modeAt(k);
  const own = sh == textShape(mode);
  if (own) {
    if ((sm & S_DME58) != 0 && dmeVendor54(k, sh)) return true;
    if ((sm & S_PHARM58) != 0 && pharmacyAlone55(k, sh)) return true;
    if ((sm & S_HEALTH58) != 0 && healthAlone56(k, sh)) return true;
    if ((sm & S_COLL58) != 0 && collectiveOrg57y(k, sh)) return true;
  }
  const mixed = mode == MODE_MIXED;
  if ((sm & S_ROAD58) != 0 && ((own || mixed && sh == SH_UPPER) && gridRoad57y(k, sh))) return true;
  if ((sm & S_WORK58) != 0 && (own && (!mixed && workHead57(k, sh, len)))) return true;
  if ((sm & S_WORSHIP58) != 0 && ((mixed ? sh == SH_CAP || sh == SH_UPPER : own) && worship57(k, sh))) return true;
  if (!own) return false;
  if ((sm & S_SCHOOL58) != 0 && schoolAlone57h(k, sh)) return true;
  return (sm & S_BASE58) != 0 && militaryBase57h(k, sh);
}

/**
 * (sp58) step()'s two rules after decide() for token k, undecided (its caller tests that and the heads' bits): fx52's
 * behavioural-health provider (behHealth52(), at "Health" or the word after it: S_BEH58 of k or of k - 1) and og52b's
 * practice (occPhys52b(), at "Medicine", "Health" or "Therapy": S_OCC58), in that order.
 */
export function afterRules58(k: u32, sh: u32, sm: u32): void {
  // (stop 59, sp59: the text's mode read once for both rules; modeAt() is a function of the token ring, which neither
  // rule changes)
  const mode = modeAt(k);
  if (((sm & S_BEH58) != 0 || k > 0 && (exists(k - 1) && (rd(tSum, k - 1) & S_BEH58) != 0)) &&
    behHealth52(k, sh, mode, pType != 0 ? pEnd : 0)) return;
  if (rd(tDone, k) == 0 && (sm & S_OCC58) != 0) occPhys52b(k, sh, mode, pType != 0 ? pEnd : 0);
  // (stop 62, og62: an organisation named after a label without a colon, labelNoColon62(): the label's summary bit)
  if (rd(tDone, k) == 0 && (k > 0 && (rd(tSum, k - 1) & S_LABEL62) != 0)) labelNoColon62(k, sh, mode);
}
