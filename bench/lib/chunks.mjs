// Why this file exists: how the streaming benches cut their input (session.bench.mjs, session.cpu.mjs): pieces of n
// UTF-16 units of a string, or of n bytes of a Uint8Array (views, no copies).
export function chunksOf(x, n) {
  const out = [];
  for (let i = 0; i < x.length; i += n) out.push(typeof x === "string" ? x.slice(i, i + n) : x.subarray(i, i + n));
  return out;
}
