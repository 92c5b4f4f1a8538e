// Why this file exists: measures what the structured scanners cost: find() throughput with a names dictionary alone
// versus the same dictionary with every scanner on (target: within 30%), on generated clinical notes or a corpus file;
// redact() too, whose per-finding output work grows with the findings the scanners add. Both of those run the name
// pass, which hides part of the scanners' cost behind it; so it also reports the strict ratio, with the name pass off
// in both: no detector at all (entities: [], the bare automaton loop) versus every type but NAME and LOCATION.
//
// Usage: npm run build && node bench/scanners.bench.mjs [corpus.jsonl|file.txt] [--engine wasm|js] [--rounds N]
//                                                      [--dist DIR]
// CPU time (process.cpuUsage), not wall time: the machine is shared, and a busy neighbour slows a wall clock by 2x.
// The cases alternate within each round (first case swapped every round) and each keeps its best round. --dist loads
// another build's dist/ (e.g. a saved copy of an older one) to compare builds on the same text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const engine = valueOf("--engine") ?? "wasm";
const ROUNDS = Number(valueOf("--rounds") ?? 10);
const dist = valueOf("--dist") ?? new URL("../dist", import.meta.url).pathname;
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!(ROUNDS >= 1)) throw new Error(`--rounds must be a positive integer, got ${valueOf("--rounds")}`);
const { createRedactorSync, ENTITY_TYPES } = await import(pathToFileURL(path.resolve(dist, "index.js")).href);

// deterministic generator (xorshift) so that runs are comparable
let seed = 0x2545f491;
const rnd = (n) => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
};
const pick = (a) => a[rnd(a.length)];
const syl = ["an", "bel", "cor", "da", "el", "fin", "gar", "hal", "is", "jo", "ken", "lu", "mar", "nor", "ol", "pe", "ric", "sa", "ton", "vi", "wen", "yor", "zel"];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const makeName = () => cap(pick(syl) + pick(syl)) + " " + cap(pick(syl) + pick(syl) + pick(syl));

// a 20,000-name dictionary, as a names detector would bring
const names = [];
const seen = new Set();
while (names.length < 20_000) {
  const n = makeName();
  if (!seen.has(n)) {
    seen.add(n);
    names.push(n);
  }
}

function generatedNotes(bytes) {
  const d2 = (n) => String(n).padStart(2, "0");
  const parts = [];
  let len = 0;
  while (len < bytes) {
    const p = [
      `Patient ${pick(names)} was seen on ${1 + rnd(12)}/${1 + rnd(28)}/20${d2(rnd(25))} for follow-up of hypertension.`,
      `BP 1${rnd(5)}${rnd(10)}/${60 + rnd(30)}, HR ${60 + rnd(40)}, temperature 98.${rnd(10)} F; take 1/2 tab of metoprolol 25 mg twice a day.`,
      `MRN: ${1000000 + rnd(8999999)}. DOB: ${d2(1 + rnd(12))}-${d2(1 + rnd(28))}-19${40 + rnd(59)}. Call (617) ${200 + rnd(799)}-${1000 + rnd(8999)} or fax 617-555-${1000 + rnd(8999)}.`,
      `She reports pain 4/5 and strength 5/5 in both legs; labs on March ${1 + rnd(28)}, 2023 showed Hgb 12.${rnd(10)} and creatinine 1.${rnd(10)}.`,
      `Discussed with Dr. ${pick(names)} who agreed with the plan. Follow up in ${2 + rnd(10)} weeks with repeat imaging and lab work.`,
      `E-mail: ${pick(syl)}${pick(syl)}@example.org, portal https://portal.example.org/p/${rnd(99999)}; insurance Member ID ${pick(syl).toUpperCase()}${100000 + rnd(899999)}.`,
      `The patient denies chest pain, shortness of breath, nausea or vomiting, and has been compliant with the medication regimen.`,
    ];
    const s = p[rnd(p.length)];
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(" ");
}

let text;
if (file) {
  const raw = readFileSync(file, "utf8");
  text = file.endsWith(".jsonl")
    ? raw.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text).join("\n\n")
    : raw;
} else text = generatedNotes(1 << 20);
const bytes = new TextEncoder().encode(text).length;

// common first names and surnames, so that the dictionary also finds names in a real corpus (both redactors then pay
// the same per-finding costs, as they would with a real names dictionary)
const common = ("James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda " +
  "Elizabeth Barbara Susan Jessica Sarah Karen Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez " +
  "Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis").split(" ");
const deny = [{ type: "NAME", terms: [...names, ...common] }];
const dictOnly = createRedactorSync({ engine, entities: ["NAME"], deny });
const allOn = createRedactorSync({ engine, deny });

// correctness first: the dictionary finds the same names either way, and the scanners add identifiers
const a = dictOnly.find(text);
const b = allOn.find(text);
const namesA = a.filter((f) => f.type === "NAME").length;
const namesB = b.filter((f) => f.type === "NAME").length;
if ((!file && namesA === 0) || b.length <= a.length || Math.abs(namesA - namesB) > namesA * 0.02 + 2) {
  throw new Error(`unexpected counts: dictionary-only ${a.length} (names ${namesA}), all scanners ${b.length} (names ${namesB})`);
}
// the strict pair: the name pass off in both, so nothing but the scanners (and their cue words) differs
const bare = createRedactorSync({ engine, entities: [] });
const structured = createRedactorSync({ engine, entities: ENTITY_TYPES.filter((t) => t !== "NAME" && t !== "LOCATION") });
const c = structured.find(text).length;
if (bare.find(text).length !== 0 || c === 0) throw new Error(`unexpected counts: no detector ${bare.find(text).length}, structured ${c}`);
const byType = {};
for (const f of b) byType[f.type] = (byType[f.type] ?? 0) + 1;

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cases = [
  ["dictionary only (20k names)", dictOnly, a.length],
  ["dictionary + every scanner", allOn, b.length],
];
const strictCases = [
  ["no detector, no name pass", bare, 0],
  ["every scanner, no name pass", structured, c],
];
const best = {};
for (let round = 1; round <= ROUNDS; round++) {
  for (const op of ["find", "redact"]) {
    const all = op === "find" ? [...cases, ...strictCases] : cases;
    const order = round % 2 === 0 ? [...all].reverse() : all;
    for (const [name, r, count] of order) {
      // as many calls as fit in ~0.3 s of CPU, at least one; the time of one call is their mean
      let calls = 0;
      const t0 = cpu();
      let dt = 0;
      do {
        const n = op === "find" ? r.find(text).length : r.redact(text).findings.length;
        if (n !== count) throw new Error(`count changed: ${name} ${op} ${n} vs ${count}`);
        calls++;
        dt = cpu() - t0;
      } while (dt < 0.3);
      const mbs = (bytes * calls) / dt / 1e6;
      const key = `${op}() ${name}`;
      if (!(best[key] >= mbs)) best[key] = mbs;
    }
  }
  process.stdout.write(`round ${round}/${ROUNDS}\r`);
}
console.log(`input: ${file ?? "generated clinical notes"}, ${(bytes / 1e6).toFixed(2)} MB, engine ${engine}, ${dist}`);
console.log(`findings: dictionary-only ${a.length}; all scanners ${b.length} ${JSON.stringify(byType)}; strict pair 0 and ${c}`);
for (const [name, mbs] of Object.entries(best)) console.log(`best of ${ROUNDS} (CPU time): ${name.padEnd(38)} ${mbs.toFixed(1).padStart(7)} MB/s`);
for (const op of ["find", "redact"]) {
  const d = best[`${op}() ${cases[0][0]}`];
  const s = best[`${op}() ${cases[1][0]}`];
  console.log(`${op}(): all scanners run at ${((100 * s) / d).toFixed(0)}% of the dictionary-only rate${op === "find" ? " (target >= 70%)" : ""}`);
}
const n0 = best[`find() ${strictCases[0][0]}`];
const n1 = best[`find() ${strictCases[1][0]}`];
console.log(`find(), strict (name pass off in both): every scanner runs at ${((100 * n1) / n0).toFixed(0)}% of the no-detector rate (${n1.toFixed(1)} vs ${n0.toFixed(1)} MB/s; target >= 70%)`);
