// Hover-to-answer in the browser, for the built plugin in the harness (headless Chromium,
// demo data): from publishing a DataHoverEvent on the dashboard's bus to the panel's list
// re-rendered for the new window (DOM committed; paint not included), over `HOVERS` hovers;
// the same for a baseline dragged on the volume chart; and, as the peer measured in the same
// run, the round trip the panel would need without wasm: POST /query_logs for the same
// windows. Run with `npm run bench:browser` after `npm run build`.
import { chromium } from 'playwright-core';
import { startHarness } from './serve.mjs';

const HOVERS = Number(process.env.HOVERS || 300);
const DRAGS = Number(process.env.DRAGS || 200);
const ROUND_TRIPS = Number(process.env.ROUND_TRIPS || 100);

const harness = await startHarness();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 820 } });
  await page.goto(harness.pageUrl());
  await page.waitForSelector('[data-testid="hover-group"]', { timeout: 30_000 });
  const figures = await page.evaluate(
    async ({ hovers, drags, roundTrips, hoverUrl }) => {
      const { bus, grafanaData, config } = window.hoverHarness;
      const panel = document.querySelector('[data-testid="hover-panel"]');
      const until = (done) =>
        new Promise((resolve) => {
          if (done()) {
            return resolve();
          }
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(panel, { attributes: true, childList: true, subtree: true, characterData: true });
        });
      const MINUTE = 60_000;
      const span = config.to - config.from - 40 * MINUTE;
      const times = Array.from(
        { length: hovers },
        (_, i) => config.from + 30 * MINUTE + Math.round((span * i) / hovers) + 7_000
      );

      const hover = [];
      for (const time of times) {
        const t0 = performance.now();
        bus.publish(new grafanaData.DataHoverEvent({ point: { time } }));
        await until(() => panel.dataset.hover === String(time));
        hover.push(performance.now() - t0);
      }
      const templates = document.querySelectorAll('[data-testid="hover-group"]').length;

      const svg = document.querySelector('[data-testid="hover-volume"]');
      const box = svg.getBoundingClientRect();
      const mouse = (type, fraction) =>
        svg.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            clientX: box.left + box.width * fraction,
            clientY: box.top + box.height / 2,
          })
        );
      const dragged = () => svg.querySelector('[aria-label="dragged range"]');
      const drag = [];
      for (let i = 0; i < drags; i++) {
        const from = 0.05 + (0.4 * i) / drags;
        mouse('mousedown', from);
        await until(() => dragged());
        const width = dragged().getAttribute('width');
        mouse('mousemove', from + 0.2);
        await until(() => dragged() && dragged().getAttribute('width') !== width);
        const before = panel.dataset.baseline;
        const t0 = performance.now();
        mouse('mouseup', from + 0.2);
        await until(() => panel.dataset.baseline !== before);
        drag.push(performance.now() - t0);
      }

      const roundTrip = [];
      const iso = (ms) => new Date(ms).toISOString();
      for (let i = 0; i < roundTrips; i++) {
        const time = times[Math.floor((i * times.length) / roundTrips)];
        const t0 = performance.now();
        const response = await fetch(`${hoverUrl}/query_logs`, {
          method: 'POST',
          body: JSON.stringify({
            org: 'demo',
            dashboard: 'Checkout',
            panel_title: 'Latency',
            metric_name: 'p99',
            start_time: iso(time - 10 * MINUTE),
            end_time: iso(time + 10 * MINUTE),
          }),
        });
        await response.json();
        roundTrip.push(performance.now() - t0);
      }
      return { hover, drag, roundTrip, templates };
    },
    { hovers: HOVERS, drags: DRAGS, roundTrips: ROUND_TRIPS, hoverUrl: harness.hoverUrl }
  );
  const quantile = (values, q) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  };
  const row = (name, values) =>
    console.log(
      `${name.padEnd(40)} n=${String(values.length).padStart(4)}  p50 ${quantile(values, 0.5).toFixed(2).padStart(6)} ms  p95 ${quantile(values, 0.95).toFixed(2).padStart(6)} ms  max ${Math.max(
        ...values
      )
        .toFixed(2)
        .padStart(6)} ms`
    );
  console.log(
    `Chromium ${browser.version()}, demo data (${figures.templates} templates shown), 1-minute buckets over 12 h`
  );
  row('hover -> list re-rendered (wasm)', figures.hover);
  row('baseline drag -> list re-rendered (wasm)', figures.drag);
  row('peer: POST /query_logs round trip', figures.roundTrip);
  console.log(
    `ratio: the round trip's p95 is ${(quantile(figures.roundTrip, 0.95) / quantile(figures.hover, 0.95)).toFixed(1)}x the hover p95`
  );
} finally {
  await browser.close();
  harness.stop();
}
