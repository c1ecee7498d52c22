import type { BaselineMode } from '../types';
import type { Window } from './api';

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far back each baseline mode reaches before the current window. */
const SHIFTS: Record<BaselineMode, number> = {
  previous: 0,
  range: 0,
  shift24h: DAY,
  shift7d: 7 * DAY,
  seasonal7d: 7 * DAY,
};

/** A baseline pooled from the current window moved back 1..`periods` times `shiftMs`. */
export interface Seasonal {
  shiftMs: number;
  periods: number;
}

/** The pooled baseline a mode asks for, if it is one (`baseline_shift` and
 * `baseline_periods` in `/query_logs`). */
export function seasonalOf(mode: BaselineMode): Seasonal | undefined {
  return mode === 'seasonal7d' ? { shiftMs: DAY, periods: 7 } : undefined;
}

/** The series is fetched in buckets of this many minutes: 1 while the range holds at most
 * 20,000 of them, so windows land on the same minutes `/query_logs` counts. */
export function bucketMinutesFor(range: Window): number {
  for (const minutes of [1, 5, 15, 60]) {
    if ((range.end - range.start) / (minutes * MINUTE) <= 20_000) {
      return minutes;
    }
  }
  return 1440;
}

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const ceilTo = (ms: number, step: number) => Math.ceil(ms / step) * step;

/** The range the series must cover for the dashboard's range `range`: the range itself,
 * plus what a window in it needs before it (its own length for the previous window, the
 * shift for a shifted one). */
export function seriesRange(range: Window, mode: BaselineMode): Window {
  const length = range.end - range.start;
  return { start: range.start - Math.max(length, SHIFTS[mode]), end: range.end };
}

/** The current window: the hovered time ± `spanMinutes`, or the dashboard's range when
 * nothing is hovered; in whole buckets, inside the range. */
export function currentWindow(hover: number | undefined, range: Window, spanMinutes: number, bucketMs: number): Window {
  if (hover === undefined) {
    return { start: floorTo(range.start, bucketMs), end: ceilTo(range.end, bucketMs) };
  }
  const span = Math.max(1, spanMinutes) * MINUTE;
  const start = floorTo(Math.max(range.start, hover - span), bucketMs);
  const end = Math.max(start + bucketMs, ceilTo(Math.min(range.end, hover + span), bucketMs));
  return { start, end };
}

/** The baseline for `current`: the window just before it (the seed's rule), the same window
 * 24 h or 7 d earlier, or the range the user dragged on the volume chart. For a pooled
 * baseline, the nearest of its windows (the one drawn on the volume chart). */
export function baselineWindow(mode: BaselineMode, current: Window, dragged?: Window): Window {
  if (mode === 'range' && dragged) {
    return dragged;
  }
  const shift = seasonalOf(mode)?.shiftMs ?? (SHIFTS[mode] || current.end - current.start);
  return { start: current.start - shift, end: current.end - shift };
}
