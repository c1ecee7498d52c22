// The panel against a real `hover serve --demo` (started by jest/hover-servers.js), with the
// real wasm core: no stand-ins for either.
import React from 'react';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  DataHoverClearEvent,
  DataHoverEvent,
  dateTime,
  EventBusSrv,
  FieldType,
  LoadingState,
  PanelProps,
  toDataFrame,
} from '@grafana/data';
import init from 'hover-wasm';
import { TrackerPanel } from './TrackerPanel';
import type { TrackerOptions } from '../types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = Math.floor(Date.now() / MINUTE) * MINUTE + MINUTE;

beforeAll(async () => {
  await init({ module_or_path: readFileSync(resolve(__dirname, '../../../pkg/hover_bg.wasm')) });
});

const options = (overrides: Partial<TrackerOptions> = {}): TrackerOptions => ({
  hoverUrl: process.env.HOVER_URL!,
  org: 'demo',
  dashboard: '',
  panelTitle: '',
  metricName: '',
  token: '',
  spanMinutes: 10,
  method: 'kl',
  limit: 10,
  baseline: 'previous',
  ...overrides,
});

/** The props Grafana gives a panel: a real data frame of the graph's metric, a real bus. */
function panelProps(opts: TrackerOptions, bus = new EventBusSrv(), minutes = 30): PanelProps<TrackerOptions> {
  const from = now - minutes * MINUTE;
  const timeRange = { from: dateTime(from), to: dateTime(now), raw: { from: dateTime(from), to: dateTime(now) } };
  const frame = toDataFrame({
    fields: [
      { name: 'time', type: FieldType.time, values: [from, now - MINUTE] },
      { name: 'p99', type: FieldType.number, values: [120, 480] },
    ],
  });
  return {
    id: 1,
    title: 'Latency',
    data: { state: LoadingState.Done, series: [frame], timeRange },
    timeRange,
    timeZone: 'utc',
    options: opts,
    fieldConfig: { defaults: {}, overrides: [] },
    width: 800,
    height: 600,
    transparent: false,
    renderCounter: 0,
    eventBus: bus,
    replaceVariables: (text: string) => text.replace('${__dashboard}', 'Checkout'),
    onOptionsChange: () => {},
    onFieldConfigChange: () => {},
    onChangeTimeRange: () => {},
  } as unknown as PanelProps<TrackerOptions>;
}

const panel = () => screen.getByTestId('hover-panel');
const rows = () =>
  screen.getAllByTestId('hover-group').map((row) => ({
    template_id: row.dataset.templateId,
    relative_change: Number(row.dataset.relativeChange),
    p_value: Number(row.dataset.pValue),
    q_value: Number(row.dataset.qValue),
    current_count: Number(row.dataset.currentCount),
    baseline_count: Number(row.dataset.baselineCount),
  }));

async function queryLogs(body: object) {
  const response = await fetch(`${process.env.HOVER_URL}/query_logs`, { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

test('ranks what changed in the dashboard range with the wasm core, as /query_logs does, and asks with the default metric identity', async () => {
  const bodies: any[] = [];
  const realFetch = global.fetch;
  global.fetch = (input: any, init?: any) => {
    bodies.push({ url: String(input), body: JSON.parse(init.body) });
    return realFetch(input, init);
  };
  try {
    render(<TrackerPanel {...panelProps(options())} />);
    await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
  } finally {
    global.fetch = realFetch;
  }
  // Dashboard title, panel title and the frame's series name, since the options are empty.
  const series = bodies.find((b) => b.url.endsWith('/series'))!.body;
  expect([series.org, series.dashboard, series.panel_title, series.metric_name]).toEqual([
    'demo',
    'Checkout',
    'Latency',
    'p99',
  ]);

  const [cs, ce] = panel().dataset.current!.split(',').map(Number);
  const [bs, be] = panel().dataset.baseline!.split(',').map(Number);
  expect([cs, ce]).toEqual([now - 30 * MINUTE, now]);
  expect([bs, be]).toEqual([now - 60 * MINUTE, now - 30 * MINUTE]);
  const iso = (ms: number) => new Date(ms).toISOString();
  const answer = await queryLogs({
    ...{ org: 'demo', dashboard: 'Checkout', panel_title: 'Latency', metric_name: 'p99' },
    start_time: iso(cs),
    end_time: iso(ce),
    baseline_start: iso(bs),
    baseline_end: iso(be),
  });
  expect(rows()).toEqual(
    answer.log_groups.map((g: any) => ({
      template_id: g.template_id,
      relative_change: g.relative_change,
      p_value: g.p_value,
      q_value: g.q_value,
      current_count: g.current_count,
      baseline_count: g.baseline_count,
    }))
  );
  expect(screen.getAllByTestId('hover-template')[0].textContent).toMatch(/payment gateway timeout/);
  // The first group's lines come from /query_logs once the windows stay put.
  await waitFor(() => expect(screen.getByTestId('hover-lines').textContent).toContain('payment gateway timeout after'));
});

test('an open group shows what changed inside its template, as /template_values answers it', async () => {
  render(<TrackerPanel {...panelProps(options())} />);
  const groups = await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
  // The first group is open and new in this window: its most frequent values now, all new.
  await screen.findByTestId('hover-values-note', {}, { timeout: 10_000 });
  const first = within(groups[0]).getAllByTestId('hover-slot-value');
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((v) => v.textContent!.includes('(new)') && v.dataset.baselineCount === '0')).toBe(true);
  // A group that was there before, opened: its slots' values, from the server for the same
  // windows.
  const index = rows().findIndex((row) => row.baseline_count > 0 && row.current_count > 0);
  const row = groups[index];
  fireEvent.click(within(row).getByLabelText('Show lines'));
  await waitFor(() => expect(within(row).getAllByTestId('hover-slot-value').length).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  const slots = within(row).getAllByTestId('hover-slot');
  const [cs, ce] = panel().dataset.current!.split(',').map(Number);
  const [bs, be] = panel().dataset.baseline!.split(',').map(Number);
  const iso = (ms: number) => new Date(ms).toISOString();
  const response = await fetch(`${process.env.HOVER_URL}/template_values`, {
    method: 'POST',
    body: JSON.stringify({
      ...{ org: 'demo', dashboard: 'Checkout', panel_title: 'Latency', metric_name: 'p99' },
      start_time: iso(cs),
      end_time: iso(ce),
      baseline_start: iso(bs),
      baseline_end: iso(be),
      template_id: rows()[index].template_id,
      method: 'kl',
      limit: 3,
    }),
  });
  const answer = await response.json();
  expect(answer.slots.length).toBeGreaterThan(0);
  expect(slots.map((slot) => slot.dataset.token)).toEqual(answer.slots.map((slot: any) => slot.token));
  const shown = slots.map((slot) =>
    Array.from(slot.querySelectorAll<HTMLElement>('[data-testid="hover-slot-value"]')).map((v) => [
      v.dataset.value,
      Number(v.dataset.baselineCount),
      Number(v.dataset.currentCount),
    ])
  );
  expect(shown).toEqual(
    answer.slots.map((slot: any) => slot.values.map((v: any) => [v.value, v.baseline_count, v.current_count]))
  );
});

test('follows hover and clear events, and ignores a hover that arrives right after a clear', async () => {
  const bus = new EventBusSrv();
  render(<TrackerPanel {...panelProps(options(), bus, 6 * 60)} />);
  await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
  const hoverAt = (time: number) => act(() => bus.publish(new DataHoverEvent({ point: { time } })));

  const t = now - 2 * 60 * MINUTE;
  await hoverAt(t);
  expect(panel().dataset.hover).toBe(String(t));
  expect(panel().dataset.current).toBe(`${t - 10 * MINUTE},${t + 10 * MINUTE}`);

  await act(() => bus.publish(new DataHoverClearEvent()));
  expect(panel().dataset.hover).toBe('');
  expect(panel().dataset.current).toBe(`${now - 6 * 60 * MINUTE},${now}`);
  // Grafana throttles hovers and clears apart: a hover right after a clear is the old one.
  await hoverAt(t);
  expect(panel().dataset.hover).toBe('');

  await act(() => new Promise((done) => setTimeout(done, 250)));
  await hoverAt(now - 15 * MINUTE);
  expect(panel().dataset.hover).toBe(String(now - 15 * MINUTE));
  expect(screen.getAllByTestId('hover-template')[0].textContent).toMatch(/payment gateway timeout/);
});

test('says when the baseline window is empty', async () => {
  // The demo's days before hold only the two hours before its time of day: a week before a
  // point five hours back there is nothing.
  const bus = new EventBusSrv();
  render(<TrackerPanel {...panelProps(options({ baseline: 'shift7d' }), bus, 6 * 60)} />);
  await screen.findByTestId('hover-summary', {}, { timeout: 10_000 });
  await act(() => bus.publish(new DataHoverEvent({ point: { time: now - 5 * 60 * MINUTE } })));
  expect(await screen.findByText('The baseline window has no lines', {}, { timeout: 10_000 })).toBeTruthy();
});

test('says when the metric has no logs', async () => {
  render(<TrackerPanel {...panelProps(options({ org: 'nobody-here' }))} />);
  expect(await screen.findByText('No logs for this metric in this time range', {}, { timeout: 10_000 })).toBeTruthy();
});

test('says when Hover refuses the token, and reads with the right one', async () => {
  const guarded = { hoverUrl: process.env.HOVER_AUTH_URL! };
  const { unmount } = render(<TrackerPanel {...panelProps(options({ ...guarded, token: 'wrong' }))} />);
  const error = await screen.findByTestId('hover-error', {}, { timeout: 10_000 });
  expect(error.textContent).toMatch(/Hover refused the request/);
  expect(error.textContent).toMatch(/401/);
  unmount();
  render(<TrackerPanel {...panelProps(options({ ...guarded, token: 'panel-test-token' }))} />);
  await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
});

test('says when Hover is unreachable, with the URL it tried', async () => {
  render(<TrackerPanel {...panelProps(options({ hoverUrl: 'http://127.0.0.1:9' }))} />);
  const error = await screen.findByTestId('hover-error', {}, { timeout: 10_000 });
  expect(error.textContent).toMatch(/Hover is unreachable at http:\/\/127\.0\.0\.1:9\/series/);
});

test('a q-value cut recomputes in the page, as /query_logs answers it', async () => {
  render(<TrackerPanel {...panelProps(options())} />);
  await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
  const all = rows().length;
  fireEvent.click(screen.getByLabelText('q≤0.001'));
  await waitFor(() => expect(rows().length).toBeLessThan(all));
  expect(rows().every((r) => r.q_value <= 0.001 && r.p_value <= r.q_value)).toBe(true);
  const [cs, ce] = panel().dataset.current!.split(',').map(Number);
  const iso = (ms: number) => new Date(ms).toISOString();
  const answer = await queryLogs({
    ...{ org: 'demo', dashboard: 'Checkout', panel_title: 'Latency', metric_name: 'p99' },
    start_time: iso(cs),
    end_time: iso(ce),
    max_q_value: 0.001,
  });
  expect(rows().map((r) => r.template_id)).toEqual(answer.log_groups.map((g: any) => g.template_id));
});

test('a seasonal baseline pools the same window of the last 7 days, in the page as on the server', async () => {
  render(<TrackerPanel {...panelProps(options({ baseline: 'seasonal7d' }))} />);
  await screen.findAllByTestId('hover-group', {}, { timeout: 10_000 });
  const [cs, ce] = panel().dataset.current!.split(',').map(Number);
  // The nearest of the pooled windows is the one drawn.
  expect(panel().dataset.baseline).toBe(`${cs - DAY},${ce - DAY}`);
  const iso = (ms: number) => new Date(ms).toISOString();
  const answer = await queryLogs({
    ...{ org: 'demo', dashboard: 'Checkout', panel_title: 'Latency', metric_name: 'p99' },
    start_time: iso(cs),
    end_time: iso(ce),
    baseline_shift: '24h',
    baseline_periods: 7,
  });
  expect(answer.baseline_total).toBeGreaterThan(0);
  expect(screen.getByTestId('hover-summary').textContent).toContain(`(${answer.baseline_total} lines)`);
  expect(screen.getByTestId('hover-summary').textContent).toContain('each of the last 7 days');
  expect(rows().map((r) => [r.template_id, r.current_count, r.baseline_count, r.q_value])).toEqual(
    answer.log_groups.map((g: any) => [g.template_id, g.current_count, g.baseline_count, g.q_value])
  );
  const seen = screen.getAllByTestId('hover-group').map((row) => Number(row.dataset.periodsSeen));
  expect(seen).toEqual(answer.log_groups.map((g: any) => g.baseline_periods_seen));
  // The new error was in none of the 7 days.
  expect(screen.getAllByTestId('hover-periods')[0].textContent).toBe('in 0/7');
  // The server adds when the shown templates first appeared.
  await waitFor(() => expect(screen.getByTestId('hover-first-seen').textContent).toMatch(/^first seen 20/));
});

test('a day-old baseline is the same window 24 h earlier', async () => {
  render(<TrackerPanel {...panelProps(options({ baseline: 'shift24h' }))} />);
  await waitFor(() => expect(panel().dataset.current).toBeDefined(), { timeout: 10_000 });
  const [cs, ce] = panel().dataset.current!.split(',').map(Number);
  expect(panel().dataset.baseline).toBe(`${cs - DAY},${ce - DAY}`);
});
