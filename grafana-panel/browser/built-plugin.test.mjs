// The built plugin in a real browser: `dist/module.js` loaded the way Grafana's loader does,
// beside @grafana/ui's TimeSeries on one event bus, against a real `hover serve --demo`, in
// Debian's Chromium (playwright-core). Every number the panel shows (computed by the wasm
// core in the page) is checked against /query_logs for the same windows. Screenshots go to
// browser/out/. Run `npm run build` first; HOVER_BIN may name the hover binary.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { outDir, startHarness } from './serve.mjs';

let harness, browser;

before(async () => {
  harness = await startHarness();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  harness?.stop();
});

async function openPanel(query = {}) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 820 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.pageUrl(query));
  await page.waitForSelector('[data-testid="hover-panel"]', { timeout: 20_000 });
  return { page, errors };
}

/** The panel's state: its windows and each row's numbers, as rendered. */
function readPanel(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid="hover-panel"]');
    const [cs, ce] = panel.dataset.current.split(',').map(Number);
    const [bs, be] = panel.dataset.baseline.split(',').map(Number);
    const rows = [...document.querySelectorAll('[data-testid="hover-group"]')].map((row) => ({
      template_id: row.dataset.templateId,
      template: row.querySelector('[data-testid="hover-template"]').textContent,
      relative_change: Number(row.dataset.relativeChange),
      p_value: Number(row.dataset.pValue),
      current_count: Number(row.dataset.currentCount),
      baseline_count: Number(row.dataset.baselineCount),
      lines: row.querySelector('[data-testid="hover-lines"]')?.textContent,
    }));
    return { current: [cs, ce], baseline: [bs, be], method: panel.dataset.method, hover: panel.dataset.hover, rows };
  });
}

async function serverAnswer(state) {
  const iso = (ms) => new Date(ms).toISOString();
  const response = await fetch(`${harness.hoverUrl}/query_logs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      org: 'demo',
      dashboard: 'Checkout',
      panel_title: 'Latency',
      metric_name: 'p99',
      start_time: iso(state.current[0]),
      end_time: iso(state.current[1]),
      baseline_start: iso(state.baseline[0]),
      baseline_end: iso(state.baseline[1]),
      method: state.method,
      limit: 10,
    }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

/** Every row the panel shows has the server's template, counts, change and p-value, exactly. */
async function assertSameAsServer(state) {
  const answer = await serverAnswer(state);
  assert.ok(state.rows.length > 0, 'the panel shows templates');
  assert.deepEqual(
    state.rows.map(({ template_id, relative_change, p_value, current_count, baseline_count }) => ({
      template_id,
      relative_change,
      p_value,
      current_count,
      baseline_count,
    })),
    answer.log_groups.map(({ template_id, relative_change, p_value, current_count, baseline_count }) => ({
      template_id,
      relative_change,
      p_value,
      current_count,
      baseline_count,
    }))
  );
  state.rows.forEach((row, i) => assert.equal(row.template, answer.log_groups[i].template));
  return answer;
}

/** Moves the mouse over the graph at time `ms`. */
async function hoverGraphAt(page, ms) {
  const { from, to } = await page.evaluate(() => window.hoverHarness.config);
  const box = await page.locator('[data-testid="graph"] .u-over').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + (box.width * (ms - from)) / (to - from), box.y + box.height / 2, { steps: 5 });
}

const settled = (page) =>
  page.waitForFunction(() => {
    const lines = document.querySelector('[data-testid="hover-lines"]');
    return lines && !lines.textContent.startsWith('loading');
  });

test('hovering the graph ranks the demo incident first, with its lines, as /query_logs does', async () => {
  for (const theme of ['dark', 'light']) {
    const { page, errors } = await openPanel({ theme });
    const { to } = await page.evaluate(() => window.hoverHarness.config);
    await hoverGraphAt(page, to - 12 * 60_000);
    await page.waitForFunction(() => document.querySelector('[data-testid="hover-panel"]').dataset.hover !== '');
    await settled(page);
    const state = await readPanel(page);
    assert.ok(state.current[1] - state.current[0] <= 21 * 60_000, `the hovered window is ±10 min: ${state.current}`);
    assert.match(state.rows[0].template, /payment gateway timeout/);
    const answer = await assertSameAsServer(state);
    assert.equal(state.rows[0].lines, answer.log_groups[0].representative_logs.join('\n'));
    // The open group, new in this window, lists its most frequent values now
    // (`/template_values`); opening one that was there before lists the values that changed.
    await page.waitForSelector('[data-testid="hover-group"] [data-testid="hover-values-note"]', { timeout: 10_000 });
    await page.waitForSelector('[data-testid="hover-group"] [data-testid="hover-slot-value"]', { timeout: 10_000 });
    const before = state.rows.findIndex((row) => row.baseline_count > 0 && row.current_count > 0);
    await page.locator('[data-testid="hover-group"]').nth(before).getByLabel('Show lines').click();
    await page.waitForSelector('[data-testid="hover-slot-value"]', { timeout: 10_000 });
    await page.screenshot({ path: join(outDir, `panel-${theme}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('dragging a range on the volume chart makes it the baseline, and the list follows', async () => {
  const { page } = await openPanel();
  await settled(page);
  const before = await readPanel(page);
  const chart = await page.locator('[data-testid="hover-volume"]').boundingBox();
  const y = chart.y + chart.height / 2;
  await page.mouse.move(chart.x + chart.width * 0.1, y);
  await page.mouse.down();
  await page.mouse.move(chart.x + chart.width * 0.3, y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid="hover-panel"]').dataset.baseline !== old,
    before.baseline.join(',')
  );
  await settled(page);
  const state = await readPanel(page);
  assert.ok(state.baseline[0] < state.baseline[1]);
  assert.notDeepEqual(state.baseline, before.baseline);
  await assertSameAsServer(state);
  // The method switch recomputes in the page too.
  await page.getByRole('radio', { name: 'Sym. KL' }).click({ force: true });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="hover-panel"]').dataset.method === 'symmetric_kl'
  );
  await assertSameAsServer(await readPanel(page));
  await page.close();
});

test('leaving the graph goes back to the dashboard range', async () => {
  const { page } = await openPanel();
  const { to } = await page.evaluate(() => window.hoverHarness.config);
  await hoverGraphAt(page, to - 30 * 60_000);
  await page.waitForFunction(() => document.querySelector('[data-testid="hover-panel"]').dataset.hover !== '');
  await page.mouse.move(5, 810);
  await page.waitForFunction(() => document.querySelector('[data-testid="hover-panel"]').dataset.hover === '', null, {
    timeout: 5_000,
  });
  await settled(page);
  await assertSameAsServer(await readPanel(page));
  await page.close();
});

test('with Hover unreachable the panel says so and names the URL it tried', async () => {
  const page = await browser.newPage();
  await page.goto(harness.pageUrl({ hover: 'http://127.0.0.1:9' }));
  const alert = page.locator('[data-testid="hover-error"]');
  await alert.waitFor({ timeout: 20_000 });
  const text = await alert.textContent();
  assert.match(text, /Hover is unreachable/);
  assert.match(text, /http:\/\/127\.0\.0\.1:9\/series/);
  await page.close();
});
