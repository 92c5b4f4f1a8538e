// Why this file exists: token-level recall/precision of any detector's spans against the generator's ground truth, the
// same scorer for phiscrub and every peer (type-agnostic: peers name their types differently).

/**
 * Tokens are maximal runs of word characters (ASCII letters and digits, and any non-ASCII code unit), so a partly
 * redacted date ("03/14/" of "03/14/2024") scores its digits token by token. A token is positive when it overlaps a
 * ground-truth span; a token overlapping only an `ignored` span (titles, US states) is not scored at all.
 */

/** @param {number} c a UTF-16 code unit */
function isWord(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80;
}

/** Marks [start, end) spans in a per-character mask with `value`. */
function mark(mask, spans, value) {
  for (const s of spans) {
    const start = Array.isArray(s) ? s[0] : s.start;
    const end = Array.isArray(s) ? s[1] : s.end;
    for (let i = Math.max(0, start); i < Math.min(end, mask.length); i++) mask[i] = value;
  }
}

/** Fresh counters. */
export function newScore() {
  return { tp: 0, fp: 0, fn: 0, perType: {} };
}

/**
 * Adds one document to `score`. `predicted` is a list of [start, end) UTF-16 spans (or objects with start/end).
 * @param {{tp: number, fp: number, fn: number, perType: Record<string, {tokens: number, found: number}>}} score
 * @param {{text: string, spans: Array<{start: number, end: number, type: string}>, ignored?: Array<{start: number, end: number}>}} doc
 * @param {ReadonlyArray<[number, number] | {start: number, end: number}>} predicted
 */
export function scoreDoc(score, doc, predicted) {
  const n = doc.text.length;
  const gt = new Uint8Array(n); // 0, or 1 + index into types
  const types = [];
  for (const s of doc.spans) {
    let t = types.indexOf(s.type);
    if (t < 0) t = types.push(s.type) - 1;
    mark(gt, [s], t + 1);
  }
  const ign = new Uint8Array(n);
  mark(ign, doc.ignored ?? [], 1);
  const pred = new Uint8Array(n);
  mark(pred, predicted, 1);
  const text = doc.text;
  let i = 0;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let g = 0;
    let ig = 0;
    let p = 0;
    while (i < n && isWord(text.charCodeAt(i))) {
      if (gt[i] !== 0 && g === 0) g = gt[i];
      ig |= ign[i];
      p |= pred[i];
      i++;
    }
    if (g !== 0) {
      const type = types[g - 1];
      const pt = (score.perType[type] ??= { tokens: 0, found: 0 });
      pt.tokens++;
      if (p) {
        pt.found++;
        score.tp++;
      } else score.fn++;
    } else if (ig) {
      continue;
    } else if (p) score.fp++;
  }
  return score;
}

/** Recall, precision and F1 of accumulated counters (per-type recall too). */
export function summarize(score) {
  const recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  const perType = {};
  for (const [type, v] of Object.entries(score.perType).sort()) {
    perType[type] = { tokens: v.tokens, recall: v.tokens === 0 ? 1 : v.found / v.tokens };
  }
  return { tp: score.tp, fp: score.fp, fn: score.fn, recall, precision, f1, perType };
}

/** Scores a list of documents with one predicted span list per document. */
export function scoreDocs(docs, predictedPerDoc) {
  const s = newScore();
  docs.forEach((d, i) => scoreDoc(s, d, predictedPerDoc[i] ?? []));
  return summarize(s);
}
