// Why this file exists: writes the README chart (MB/s per library, log axis) as a standalone SVG: no external
// service, no dependency, deterministic output for the same numbers.

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function fmt(v) {
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  if (v >= 1) return v.toFixed(2);
  return v.toPrecision(2);
}

/**
 * @param {{title: string, subtitle: string, bars: Array<{label: string, value: number, kind: "phiscrub" | "peer"}>}} spec
 * @returns {string} SVG markup
 */
export function barChart({ title, subtitle, bars }) {
  const rows = bars.filter((b) => Number.isFinite(b.value) && b.value > 0);
  const labelW = 330;
  const plotW = 470;
  const rowH = 26;
  const top = 62;
  const width = labelW + plotW + 70;
  const height = top + rows.length * rowH + 46;
  const lo = Math.floor(Math.log10(Math.min(...rows.map((b) => b.value))));
  const hi = Math.ceil(Math.log10(Math.max(...rows.map((b) => b.value))));
  const x = (v) => labelW + ((Math.log10(v) - lo) / Math.max(1, hi - lo)) * plotW;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="12" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`);
  out.push(`<text x="12" y="40" fill="#555">${esc(subtitle)}</text>`);
  for (let p = lo; p <= hi; p++) {
    const gx = x(10 ** p);
    out.push(`<line x1="${gx.toFixed(1)}" y1="${top - 6}" x2="${gx.toFixed(1)}" y2="${top + rows.length * rowH}" stroke="#ddd"/>`);
    out.push(`<text x="${gx.toFixed(1)}" y="${top + rows.length * rowH + 16}" text-anchor="middle" fill="#555">${p < 0 ? (10 ** p).toFixed(-p) : String(10 ** p)}</text>`);
  }
  out.push(`<text x="${labelW + plotW / 2}" y="${top + rows.length * rowH + 34}" text-anchor="middle" fill="#333">MB/s (log scale, higher is better)</text>`);
  rows.forEach((b, i) => {
    const y = top + i * rowH;
    const color = b.kind === "phiscrub" ? "#1f7a8c" : "#9a9a9a";
    const x0 = labelW;
    const x1 = Math.max(x0 + 1, x(b.value));
    out.push(`<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>`);
    out.push(`<rect x="${x0}" y="${y + 4}" width="${(x1 - x0).toFixed(1)}" height="${rowH - 8}" fill="${color}"/>`);
    out.push(`<text x="${(x1 + 5).toFixed(1)}" y="${y + 17}" fill="#222">${fmt(b.value)}</text>`);
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/** The README chart of a results object written by bench/run.mjs: every throughput row (not the paired ones). */
export function resultsChart(out) {
  const day = out.date.slice(0, 10);
  const m = out.machine;
  const bars = out.results
    .filter((x) => ["core", "engines", "dictionary", "peers", "streaming", "cli"].includes(x.suite) && x.mbps > 0 && !(x.suite === "engines" && x.engine === "wasm"))
    .map((x) => ({ label: x.name, value: x.mbps, kind: x.library === "phiscrub" ? "phiscrub" : "peer" }));
  return barChart({
    title: "phiscrub vs JavaScript peers: throughput (one run, same machine)",
    subtitle: `${m.cpuModel}, ${m.cores} cores, Node ${m.node}, ${day}, load ${m.loadAverage[0]}; generated clinical notes, one call per note`,
    bars,
  });
}
