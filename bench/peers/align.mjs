// Why this file exists: recovers the redacted spans of peers that only return text, from output where every
// redaction was replaced by one marker character, so peers and phiscrub are scored on the same spans.

/** The replacement peers are configured with: a control character that never occurs in the generated corpus. */
export const MARK = "\u0001";

/**
 * `output` is `original` with some non-empty spans each replaced by MARK (adjacent redactions give adjacent marks).
 * Returns the replaced [start, end) UTF-16 spans of `original` (adjacent ones merged), or throws when `output` is not
 * such a rewrite of `original` (a peer that also altered text elsewhere).
 * @param {string} original
 * @param {string} output
 * @returns {Array<[number, number]>}
 */
export function spansFromMarked(original, output) {
  const segs = output.split(MARK);
  if (segs.length === 1) {
    if (output !== original) throw new Error("peer output differs from its input but holds no redaction mark");
    return [];
  }
  const spans = [];
  if (!original.startsWith(segs[0])) throw new Error("peer output does not start like its input");
  let pos = segs[0].length;
  const lastSeg = segs[segs.length - 1];
  const lastStart = original.length - lastSeg.length;
  if (!original.endsWith(lastSeg)) throw new Error("peer output does not end like its input");
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    let at;
    if (i === segs.length - 1) at = lastStart;
    else if (seg.length === 0) {
      // adjacent marks: the next segment decides where this redaction ends; merged with the next one
      continue;
    } else at = original.indexOf(seg, pos + 1);
    if (at < pos + 1 && !(i === segs.length - 1 && at >= pos)) throw new Error(`cannot align peer output segment ${i}`);
    if (at > pos) spans.push([pos, at]);
    pos = at + seg.length;
  }
  return spans;
}

/** Number of MARK characters in `s` (cheap enough to run inside the timed loop). */
export function countMarks(s) {
  let n = 0;
  let i = s.indexOf(MARK);
  while (i >= 0) {
    n++;
    i = s.indexOf(MARK, i + 1);
  }
  return n;
}
