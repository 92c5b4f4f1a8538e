// Why this file exists: adapter for modern-ahocorasick, the dictionary peer: the same 100k patterns, `search(text)`
// (every overlapping match, case-sensitive, no word boundaries: its only semantics).
import AhoCorasick from "modern-ahocorasick";

export default {
  name: "modern-ahocorasick",
  pkg: "modern-ahocorasick",
  api: "new AhoCorasick(patterns).search(text)",
  /** @param {string[]} patterns */
  create(patterns) {
    return new AhoCorasick(patterns);
  },
  run(ac, text) {
    return ac.search(text).length;
  },
  spans(ac, text) {
    return ac.search(text).map((m) => [m.start, m.end]);
  },
};
