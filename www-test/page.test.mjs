// The page test: a real `hover serve --demo`, this folder and ../pkg served on 127.0.0.1,
// and Debian's Chromium driven by playwright-core. It hovers over the chart, moves the
// baseline, checks that the list the wasm core computed in the page equals what
// /query_logs answers for the same windows, saves a screenshot, and runs the recompute
// benchmark page. Run from the repository: `npm test --prefix www-test` (after building
// ../pkg and the hover binary; HOVER_BIN may name the binary).
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { createInterface } from "node:readline";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const hoverBin = process.env.HOVER_BIN || join(root, "target/release/hover");
const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

let hover, api, site, siteUrl, browser;

function startHover() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(hoverBin, ["serve", "--demo", "--port", "0", "--data", join(here, "out/hover-data/hover.db")], {
      cwd: here, stdio: ["ignore", "pipe", "ignore"],
    });
    child.on("error", reject);
    createInterface({ input: child.stdout }).once("line", (line) => {
      const address = line.replace("listening on ", "").trim();
      resolvePromise({ child, api: `http://${address}` });
    });
  });
}

function startSite() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    const file = path.startsWith("/pkg/") ? join(root, path) : join(here, path === "/" ? "index.html" : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

before(async () => {
  await mkdir(join(here, "out"), { recursive: true });
  ({ child: hover, api } = await startHover());
  site = await startSite();
  siteUrl = `http://127.0.0.1:${site.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  site?.close();
  hover?.kill("SIGTERM");
});

async function queryLogs(windows) {
  const iso = (ms) => new Date(ms).toISOString();
  const response = await fetch(`${api}/query_logs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      org: "demo", dashboard: "Checkout", panel_title: "Latency", metric_name: "p99",
      start_time: iso(windows.current[0]), end_time: iso(windows.current[1]),
      baseline_start: iso(windows.baseline[0]), baseline_end: iso(windows.baseline[1]), limit: 10,
    }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

function assertSameGroups(page, server) {
  assert.equal(page.log_groups.length, server.log_groups.length);
  assert.equal(page.divergence, server.divergence, "the same divergence, to the last bit");
  page.log_groups.forEach((g, i) => {
    const s = server.log_groups[i];
    assert.equal(g.template_id, s.template_id, `rank ${i}`);
    assert.equal(g.relative_change, s.relative_change);
    assert.equal(g.contribution, s.contribution);
    assert.equal(g.p_value, s.p_value);
    assert.equal(g.status, s.status);
  });
}

test("the page recomputes in the browser what /query_logs answers", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${siteUrl}/index.html?api=${encodeURIComponent(api)}`);
  await page.waitForFunction(() => window.hover.ready || window.hover.error, null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.hover.error), undefined);

  // Hover near the right end of the chart: the current window ends there.
  const box = await page.locator("#chart").boundingBox();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  const first = await page.evaluate(() => ({ result: window.hover.result, windows: window.hover.windows }));
  assert.ok(first.result.log_groups.length > 0);
  assertSameGroups(first.result, await queryLogs(first.windows));
  const top3 = first.result.log_groups.slice(0, 3).map((g) => g.template);
  assert.ok(top3.includes("payment gateway timeout after <*> for charge ch_<*>"), top3.join(" | "));

  // Move the baseline to the start of the series: the list changes, and still matches.
  await page.locator("#baseline").fill("0");
  const moved = await page.evaluate(() => ({ result: window.hover.result, windows: window.hover.windows }));
  assert.notDeepEqual(moved.windows.baseline, first.windows.baseline);
  assert.notEqual(moved.result.divergence, first.result.divergence);
  assertSameGroups(moved.result, await queryLogs(moved.windows));
  const shown = await page.locator("#groups li .template").allTextContents();
  assert.deepEqual(shown, moved.result.log_groups.map((g) => g.template));

  // Representative lines arrive from /query_logs under each template.
  await page.waitForFunction(() => window.hover.linesFor === window.hover.recomputes, null, { timeout: 10_000 });
  const lines = await page.locator("#groups li .lines").first().textContent();
  assert.match(lines, /payment gateway timeout after \d+ms/);
  await page.screenshot({ path: join(here, "out/page.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("recompute benchmark: wasm next to plain JavaScript", async () => {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/bench.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 120_000 });
  const bench = await page.evaluate(() => window.bench);
  assert.equal(bench.error, undefined);
  assert.equal(bench.same_ranking, true, "wasm and the JS version rank the same templates");
  console.log(
    `recompute, ${bench.templates} templates x ${bench.buckets} buckets, median of ${bench.runs}: ` +
      `wasm ${bench.wasm_median_ms.toFixed(3)} ms, plain JS ${bench.js_median_ms.toFixed(3)} ms ` +
      `(JS/wasm ${bench.js_over_wasm.toFixed(2)}); building the series: wasm ${bench.wasm_build_ms.toFixed(0)} ms, ` +
      `JS ${bench.js_build_ms.toFixed(0)} ms`,
  );
});
