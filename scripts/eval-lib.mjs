// Why this file exists: the scoring of the evaluation tool (token-overlap recall, precision and F2 per type), kept apart
// from the CLI (scripts/eval.mjs) so that tests can check it on hand-made documents.

/** Our entity types in the corpora's vocabulary (../shared/corpora README): finer types fold into the corpus ones. */
export const CORPUS_TYPE = {
  NAME: "NAME", LOCATION: "LOCATION", ZIP: "LOCATION", DATE: "DATE", AGE: "AGE", PHONE: "PHONE", FAX: "FAX",
  EMAIL: "EMAIL", SSN: "SSN", MRN: "MRN", HEALTH_PLAN: "ID", ACCOUNT: "ID", LICENSE: "ID", VEHICLE: "ID",
  DEVICE: "ID", URL: "URL", IP: "IP", ID: "ID",
};

/** Where a type goes when the corpus does not use it (presidio-synth labels fax numbers PHONE and has no MRN). */
export const FALLBACK_TYPE = { FAX: "PHONE", MRN: "ID", AGE: "AGE" };

/**
 * The corpus type a finding of `type` is scored as, given the set of types the corpus labels (if known). We report
 * organisations as LOCATION (as i2b2 files them) with reason "location:organization": scored as ORGANIZATION where the
 * corpus labels that type.
 */
export function corpusTypeOf(type, corpusTypes, reason) {
  if (reason === "location:organization" && corpusTypes && corpusTypes.has("ORGANIZATION")) return "ORGANIZATION";
  const t = CORPUS_TYPE[type] ?? type;
  if (corpusTypes && !corpusTypes.has(t) && FALLBACK_TYPE[t] && corpusTypes.has(FALLBACK_TYPE[t])) return FALLBACK_TYPE[t];
  return t;
}

/**
 * Tokens of a text: maximal runs of Unicode letters and digits, as [start, end) UTF-16 offsets. Punctuation and
 * spaces are not tokens, so "617-555-1234" is three tokens and "jane@x.org" three.
 */
export function tokenize(text) {
  const out = [];
  const re = /[\p{L}\p{N}\p{M}]+/gu; // the evaluation tool, not detection: a regex is fine here
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Label of each token from a list of spans: the type of the first span overlapping it, or null. */
function labelTokens(tokens, spans, typeOf) {
  const labels = new Array(tokens.length).fill(null);
  if (spans.length === 0) return labels;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const [s, e] = tokens[i];
    while (j < sorted.length && sorted[j].end <= s) j++;
    for (let k = j; k < sorted.length && sorted[k].start < e; k++) {
      if (sorted[k].end > s) {
        labels[i] = typeOf(sorted[k]);
        break;
      }
    }
  }
  return labels;
}

/** Empty counters. */
export function newTally() {
  return { byType: new Map(), any: { gold: 0, goldFound: 0, pred: 0, predInGold: 0 } };
}

function row(tally, type) {
  let r = tally.byType.get(type);
  if (!r) {
    r = { gold: 0, tp: 0, pred: 0, predTp: 0, goldAny: 0 };
    tally.byType.set(type, r);
  }
  return r;
}

/**
 * Adds one document. A token counts for type T in recall when a gold span of T covers it, and is found when a
 * prediction of T covers it (typed) or any prediction does (untyped). A predicted token counts in precision for its
 * type unless an `ignored` span covers it and no gold span does; it is correct when a gold span of the same type
 * covers it. `corpusTypes` (the types the corpus labels) folds types it lacks: FAX into PHONE, MRN into ID.
 */
export function scoreDocument(tally, text, gold, ignored, predicted, corpusTypes) {
  const tokens = tokenize(text);
  const g = labelTokens(tokens, gold, (s) => s.type);
  const ig = labelTokens(tokens, ignored, () => "IGNORED");
  const p = labelTokens(tokens, predicted, (f) => corpusTypeOf(f.type, corpusTypes, f.reason));
  for (let i = 0; i < tokens.length; i++) {
    const gt = g[i];
    const pt = p[i];
    if (gt !== null) {
      const r = row(tally, gt);
      r.gold++;
      tally.any.gold++;
      if (pt === gt) r.tp++;
      if (pt !== null) {
        r.goldAny++;
        tally.any.goldFound++;
      }
    }
    if (pt !== null) {
      if (gt === null && ig[i] !== null) continue; // a real label outside Safe Harbor: neither hit nor false positive
      const r = row(tally, pt);
      r.pred++;
      tally.any.pred++;
      if (gt === pt) r.predTp++;
      if (gt !== null) tally.any.predInGold++;
    }
  }
}

const ratio = (a, b) => (b === 0 ? NaN : a / b);
/** F-beta with beta = 2 (recall weighs four times as much as precision). */
export function f2(p, r) {
  if (!(p > 0) || !(r > 0)) return 0;
  return (5 * p * r) / (4 * p + r);
}

/** Per-type and overall figures. Typed overall is micro-averaged over every gold and predicted token. */
export function summarize(tally) {
  const types = [...tally.byType.keys()].sort();
  const rows = types.map((type) => {
    const r = tally.byType.get(type);
    const recall = ratio(r.tp, r.gold);
    const precision = ratio(r.predTp, r.pred);
    return {
      type, goldTokens: r.gold, predTokens: r.pred, recall, precision, f2: f2(precision, recall),
      recallAnyType: ratio(r.goldAny, r.gold),
    };
  });
  let gold = 0, tp = 0, pred = 0, predTp = 0;
  for (const r of tally.byType.values()) {
    gold += r.gold; tp += r.tp; pred += r.pred; predTp += r.predTp;
  }
  const recall = ratio(tp, gold);
  const precision = ratio(predTp, pred);
  const anyR = ratio(tally.any.goldFound, tally.any.gold);
  const anyP = ratio(tally.any.predInGold, tally.any.pred);
  return {
    rows,
    overall: { goldTokens: gold, predTokens: pred, recall, precision, f2: f2(precision, recall) },
    anyType: { recall: anyR, precision: anyP, f2: f2(anyP, anyR) },
  };
}
