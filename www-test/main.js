// Plays the Grafana panel's part: loads Hover's wasm package, fetches the series of a panel's
// streams once, and recomputes "what changed" in the browser whenever the hovered window or
// the baseline moves. Representative lines come from /query_logs, fetched after the list is
// shown. State for tests is kept on window.hover.
import init, { Analyzer } from "/pkg/hover.js";

const params = new URLSearchParams(location.search);
const api = params.get("api") || "http://127.0.0.1:8080";
const panel = {
  org: params.get("org") || "demo",
  dashboard: params.get("dashboard") || "Checkout",
  panel_title: params.get("panel") || "Latency",
  metric_name: params.get("metric") || "p99",
};
const hours = Number(params.get("hours") || 6);
const windowMinutes = Number(params.get("window") || 20);
const MINUTE = 60_000;

const state = (window.hover = { ready: false, recomputes: 0 });
const $ = (id) => document.getElementById(id);

async function post(path, body) {
  const response = await fetch(api + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error(`${path}: ${json.message}`);
  return json;
}

const iso = (ms) => new Date(ms).toISOString();

function draw(series, totals) {
  const canvas = $("chart");
  const g = canvas.getContext("2d");
  g.clearRect(0, 0, canvas.width, canvas.height);
  const x = (bucket) => (bucket / series.bucket_count) * canvas.width;
  const shade = (w, color) => {
    const [a, b] = w.map((t) => x((t - series.start_ms) / series.bucket_ms));
    g.fillStyle = color;
    g.fillRect(a, 0, b - a, canvas.height);
  };
  if (state.windows) {
    shade(state.windows.baseline, "rgba(26,127,55,0.15)");
    shade(state.windows.current, "rgba(207,34,46,0.15)");
  }
  const max = Math.max(1, ...totals);
  g.strokeStyle = "#0969da";
  g.beginPath();
  totals.forEach((n, i) => {
    const y = canvas.height - (n / max) * (canvas.height - 10);
    i ? g.lineTo(x(i), y) : g.moveTo(x(i), y);
  });
  g.stroke();
}

function render(result) {
  const list = $("groups");
  list.replaceChildren(
    ...result.log_groups.map((group) => {
      const li = document.createElement("li");
      li.dataset.templateId = group.template_id;
      const change = group.status === "new" ? "new" : group.status === "gone" ? "gone" : `${(group.relative_change * 100).toFixed(1)}%`;
      li.innerHTML = `<span class="status ${group.status}">${change}</span> <span class="template"></span> <span class="counts">${group.baseline_count} → ${group.current_count}</span><div class="lines"></div>`;
      li.querySelector(".template").textContent = group.template;
      return li;
    }),
  );
}

async function attachLines(windows, generation) {
  const answer = await post("/query_logs", {
    ...panel,
    start_time: iso(windows.current[0]), end_time: iso(windows.current[1]),
    baseline_start: iso(windows.baseline[0]), baseline_end: iso(windows.baseline[1]),
  });
  if (generation !== state.recomputes) return; // the user moved on
  for (const group of answer.log_groups) {
    const li = document.querySelector(`li[data-template-id="${group.template_id}"] .lines`);
    if (li) li.textContent = group.representative_logs.join("\n");
  }
  state.linesFor = generation;
}

async function main() {
  await init();
  const end = Math.floor(Date.now() / MINUTE) * MINUTE + MINUTE;
  const series = await post("/series", { ...panel, start_time: iso(end - hours * 3_600_000), end_time: iso(end), bucket: "1m" });
  const analyzer = new Analyzer(series);
  const totals = new Array(series.bucket_count).fill(0);
  for (const s of series.series) s.buckets.forEach((b, i) => (totals[b] += s.counts[i]));

  const length = windowMinutes * MINUTE;
  const slider = $("baseline");
  slider.max = String(series.bucket_count - windowMinutes);
  let currentEnd = end;
  slider.value = String(series.bucket_count - 2 * windowMinutes); // the seed's rule: just before

  const recompute = () => {
    const current = [currentEnd - length, currentEnd];
    const baselineStart = series.start_ms + Number(slider.value) * series.bucket_ms;
    const baseline = [baselineStart, baselineStart + length];
    const t0 = performance.now();
    const result = analyzer.compare(current[0], current[1], baseline[0], baseline[1], { limit: 10 });
    const ms = performance.now() - t0;
    state.windows = { current, baseline };
    state.result = result;
    state.recomputes += 1;
    $("baseline-label").textContent = `${iso(baseline[0]).slice(11, 16)}–${iso(baseline[1]).slice(11, 16)} UTC`;
    $("timing").textContent = `recomputed in ${ms.toFixed(2)} ms (divergence ${result.divergence.toFixed(4)} ${result.method})`;
    render(result);
    draw(series, totals);
    attachLines(state.windows, state.recomputes).catch((e) => ($("status").textContent = e.message));
  };

  $("chart").addEventListener("mousemove", (event) => {
    const rect = event.target.getBoundingClientRect();
    const bucket = Math.round(((event.clientX - rect.left) / rect.width) * series.bucket_count);
    currentEnd = series.start_ms + Math.max(windowMinutes, Math.min(series.bucket_count, bucket)) * series.bucket_ms;
    recompute();
  });
  slider.addEventListener("input", recompute);
  $("status").textContent = `${analyzer.templateCount} templates × ${analyzer.bucketCount} buckets of ${panel.dashboard} / ${panel.panel_title} / ${panel.metric_name}`;
  recompute();
  state.ready = true;
}

main().catch((error) => {
  $("status").textContent = `error: ${error.message}`;
  state.error = error.message;
});
