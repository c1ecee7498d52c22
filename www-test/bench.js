// Browser benchmark: the time to recompute the ranking when the baseline moves by one
// bucket, over 2,000 templates × 1,440 one-minute buckets, with Hover's wasm Analyzer and
// with a plain JavaScript version of the same computation on the same data in the same
// page. Results go to #results and window.bench.
import init, { Analyzer } from "/pkg/hover.js";

// Browsers coarsen performance.now() (to 0.1 ms in Chromium without cross-origin isolation),
// so each sample times a batch of BATCH recomputes and divides.
const TEMPLATES = 2000, BUCKETS = 1440, WINDOW = 60, RUNS = 200, BATCH = 10, EPS = 1e-10;

function syntheticSeries() {
  let state = 0x2545f491;
  const rand = () => ((state = (state * 1103515245 + 12345) >>> 0) / 4294967296);
  const series = [];
  for (let t = 0; t < TEMPLATES; t++) {
    const rate = 2000 / (t + 1);
    const buckets = [], counts = [];
    for (let b = 0; b < BUCKETS; b++) {
      const n = Math.floor(rate * (0.5 + rand()));
      if (n > 0) { buckets.push(b); counts.push(n); }
    }
    series.push({ template_id: `t${String(t).padStart(5, "0")}`, template: `event ${t} <*>`, buckets, counts });
  }
  return { start_ms: 0, bucket_ms: 60_000, bucket_count: BUCKETS, series };
}

// erfc with relative error below 1.2e-7 (Numerical Recipes' erfcc), enough for a p-value.
function erfc(x) {
  const z = Math.abs(x), t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** The same computation in plain JavaScript: prefix sums, seed KL, top 10, G-test. */
class PlainAnalyzer {
  constructor(data) {
    this.ids = data.series.map((s) => s.template_id);
    this.width = data.bucket_count + 1;
    this.prefix = new Float64Array(this.ids.length * this.width);
    data.series.forEach((s, t) => {
      const row = t * this.width;
      s.buckets.forEach((b, i) => (this.prefix[row + b + 1] += s.counts[i]));
      for (let i = 1; i < this.width; i++) this.prefix[row + i] += this.prefix[row + i - 1];
    });
  }
  compare(cs, ce, bs, be, limit = 10) {
    const n = this.ids.length, w = this.width, p = this.prefix;
    const cur = new Float64Array(n), base = new Float64Array(n);
    let nc = 0, nb = 0, seen = 0;
    for (let t = 0; t < n; t++) {
      cur[t] = p[t * w + ce] - p[t * w + cs];
      base[t] = p[t * w + be] - p[t * w + bs];
      nc += cur[t]; nb += base[t];
      if (cur[t] > 0 || base[t] > 0) seen++;
    }
    const scored = [];
    let divergence = 0;
    for (let t = 0; t < n; t++) {
      if (cur[t] === 0 && base[t] === 0) continue;
      const pp = (cur[t] + EPS) / (nc + EPS * seen), q = (base[t] + EPS) / (nb + EPS * seen);
      const c = pp * Math.log(pp / q);
      divergence += c;
      scored.push([t, c]);
    }
    scored.sort((a, b) => b[1] - a[1] || (this.ids[a[0]] < this.ids[b[0]] ? -1 : 1));
    const groups = scored.slice(0, limit).map(([t, contribution]) => {
      const o = [[cur[t], nc - cur[t]], [base[t], nb - base[t]]], rows = [nc, nb];
      const cols = [cur[t] + base[t], nc - cur[t] + nb - base[t]], total = nc + nb;
      let g = 0;
      for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) if (o[i][j] > 0) g += o[i][j] * Math.log((o[i][j] * total) / (rows[i] * cols[j]));
      g = Math.max(0, 2 * g);
      const before = base[t] === 0 ? 0.5 / nb : base[t] / nb;
      return { template_id: this.ids[t], contribution, relative_change: (cur[t] / nc - before) / before, p_value: erfc(Math.sqrt(g / 2)) };
    });
    return { divergence, log_groups: groups };
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  await init();
  const data = syntheticSeries();
  let t0 = performance.now();
  const wasm = new Analyzer(data);
  const wasmBuild = performance.now() - t0;
  t0 = performance.now();
  const plain = new PlainAnalyzer(data);
  const plainBuild = performance.now() - t0;
  const minute = 60_000, current = [(BUCKETS - WINDOW) * minute, BUCKETS * minute];
  const timings = { wasm: [], js: [] };
  let sameRanking = true;
  const baseline = (r, k) => ((r * BATCH + k) % (BUCKETS - 2 * WINDOW)); // moves one bucket per recompute
  for (let r = 0; r < RUNS; r++) {
    let start = performance.now();
    let a;
    for (let k = 0; k < BATCH; k++) {
      const b = baseline(r, k);
      a = wasm.compare(current[0], current[1], b * minute, (b + WINDOW) * minute, { limit: 10 });
    }
    timings.wasm.push((performance.now() - start) / BATCH);
    start = performance.now();
    let j;
    for (let k = 0; k < BATCH; k++) {
      const b = baseline(r, k);
      j = plain.compare(BUCKETS - WINDOW, BUCKETS, b, b + WINDOW, 10);
    }
    timings.js.push((performance.now() - start) / BATCH);
    const ids = (x) => x.log_groups.map((g) => g.template_id).join();
    if (ids(a) !== ids(j)) sameRanking = false;
  }
  const result = (window.bench = {
    templates: TEMPLATES, buckets: BUCKETS, runs: RUNS * BATCH,
    wasm_median_ms: median(timings.wasm), js_median_ms: median(timings.js),
    wasm_build_ms: wasmBuild, js_build_ms: plainBuild, same_ranking: sameRanking,
  });
  result.js_over_wasm = result.js_median_ms / result.wasm_median_ms;
  document.getElementById("results").textContent = JSON.stringify(result, null, 2);
}

main().catch((e) => { window.bench = { error: e.message }; document.getElementById("results").textContent = e.stack; });
