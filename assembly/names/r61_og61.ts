// Why this file exists: stop 61 (og61) lets the first word of an organisation's field value reach decide() when it is a
// core English word: "CRO: Worldwide Clinical Trials", "SPONSOR: PIONEER VACCINES", "agency: visiting nurse
// partners". quiet() skipped every capitalised core word unless the word before had an employment cue's length and
// first letter (workCueShape(): "at", "for", "employer"...), which the labels of stop 42's ORG_LABELS42 ("cro",
// "sponsor", "agency", "vendor") do not have: employerRules42()'s labelValue42() never saw such values, although it
// reads them. Called from quiet() only behind the colon's gap flag, already computed: no new per-token call site.
// Allocates nothing.
import { MODE_LOWER, SH_CAP, SH_LOWER, SH_UPPER, afterWorkCue, exists, labels42Shape, modeAt, wordIn } from "./detect";

// (og61) the labels of ORG_LABELS42 whose value is never a clinical one: a study's contract research organisation, its
// sponsor, a home care agency, a vendor, a courier. "Lab:" ("Lab: Basic Metabolic Panel"), "School:" ("School: Home
// Bound"), "Union:" (a fracture's "Union: Good Bridging"), "Coverage:" ("Coverage: Full Range") and "Comp:" hold
// clinical or plain values too: their core words stay quiet, as before.
const LABELS61 = "\u0003cro\u0007sponsor\u0006agency\u0006vendor\u0007courier";

/**
 * (og61) Token k, of shape sh, a colon right before it (the caller's test), opens the value of an organisation's label
 * of LABELS61: not quiet. Capitals and capitalised words go to afterWorkCue()'s labelValue42(), which judges the value
 * (NO_LABEL42, medical words, a core word alone); a lower-case word in lower-case text to decide(), where
 * lowerLabelOrg42() judges it.
 */
export function labelOpen61(k: u32, sh: u32): bool {
  if (!exists(k - 1) || (!labels42Shape(k - 1) || !wordIn(k - 1, LABELS61))) return false;
  // (in lower case not an agency's: lowerLabelOrg42()'s value is then joined to the town after it, "agency: international
  // rescue committee boise", where older rules found the two apart)
  if (sh == SH_LOWER) return modeAt(k) == MODE_LOWER && !wordIn(k - 1, "\u0006agency");
  return (sh == SH_CAP || sh == SH_UPPER) && afterWorkCue(k);
}
