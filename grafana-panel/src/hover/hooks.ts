import { useEffect, useState } from 'react';
import { DataHoverClearEvent, DataHoverEvent, EventBus, getFieldDisplayName } from '@grafana/data';
import { Analyzer, type SeriesResponse } from 'hover-wasm';
import {
  CompareRequest,
  Connection,
  fetchSeries,
  fetchTemplateValues,
  HoverError,
  MetricIdentity,
  queryLogs,
  TemplateValues,
  Window,
  Windows,
} from './api';
import { loadWasm } from './wasm';

/** After a clear, hovers this young are stale: Grafana throttles hover and clear events
 * separately (100 ms each), so the last hover of a move can arrive after its clear. */
const STALE_AFTER_CLEAR_MS = 200;

export interface Hovered {
  time: number;
  /** The display name of the hovered series, when the event says which one. */
  series?: string;
}

/** The point hovered on any panel of the dashboard (shared crosshair), or undefined. */
export function useHover(eventBus: EventBus): Hovered | undefined {
  const [hovered, setHovered] = useState<Hovered>();
  useEffect(() => {
    let clearedAt = -Infinity;
    const hovers = eventBus.getStream(DataHoverEvent).subscribe((event) => {
      const time = event.payload.point?.time;
      if (typeof time !== 'number' || performance.now() - clearedAt < STALE_AFTER_CLEAR_MS) {
        return;
      }
      const { data, columnIndex } = event.payload;
      const field = data && columnIndex !== undefined ? data.fields[columnIndex] : undefined;
      setHovered({ time, series: field && data ? getFieldDisplayName(field, data) : undefined });
    });
    const clears = eventBus.getStream(DataHoverClearEvent).subscribe(() => {
      clearedAt = performance.now();
      setHovered(undefined);
    });
    return () => {
      hovers.unsubscribe();
      clears.unsubscribe();
    };
  }, [eventBus]);
  return hovered;
}

export type Loaded =
  | { state: 'loading' }
  | { state: 'error'; error: HoverError | Error }
  | { state: 'ready'; series: SeriesResponse; analyzer: Analyzer };

/** An answer and the request it answers: an answer to an older request reads as loading. */
interface Keyed<T> {
  key: string;
  value: T;
}

/** The series of `metric` over `range`, fetched once per range and kept in wasm memory. */
export function useSeries(
  connection: Connection,
  metric: MetricIdentity,
  range: Window,
  bucketMinutes: number
): Loaded {
  const [loaded, setLoaded] = useState<Keyed<Loaded>>();
  const key = JSON.stringify([connection, metric, range, bucketMinutes]);
  useEffect(() => {
    const abort = new AbortController();
    let analyzer: Analyzer | undefined;
    Promise.all([loadWasm(), fetchSeries(connection, metric, range, bucketMinutes, abort.signal)])
      .then(([, series]) => {
        if (!abort.signal.aborted) {
          analyzer = new Analyzer(series);
          setLoaded({ key, value: { state: 'ready', series, analyzer } });
        }
      })
      .catch((error) => {
        if (!abort.signal.aborted) {
          setLoaded({ key, value: { state: 'error', error } });
        }
      });
    return () => {
      abort.abort();
      analyzer?.free();
    };
    // `key` stands for every input: a new object with the same content is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded?.key === key ? loaded.value : { state: 'loading' };
}

/** What the server adds to a group the wasm core ranked: lines, and when it first appeared. */
export interface GroupDetails {
  lines: string[];
  firstSeen?: string;
}

export type Lines =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; byTemplate: Map<string, GroupDetails> }
  | { state: 'error'; error: Error };

/** Representative lines (and first-seen times) of the groups shown, from `/query_logs` for
 * the same windows: asked once the windows have stayed put for `debounceMs`, cancelled when
 * they move. */
export function useRepresentativeLines(
  connection: Connection,
  metric: MetricIdentity,
  windows: Windows | undefined,
  options: CompareRequest,
  debounceMs = 150
): Lines {
  const fetched = useSettledFetch(
    windows && [connection, metric, windows, options],
    (signal) =>
      queryLogs(connection, metric, windows!, options, signal).then(
        (answer) =>
          new Map(
            answer.log_groups.map((g) => [g.template_id, { lines: g.representative_logs, firstSeen: g.first_seen }])
          )
      ),
    debounceMs
  );
  return fetched.state === 'ready' ? { state: 'ready', byTemplate: fetched.value } : fetched;
}

/** What a fetch the panel starts has given so far. */
export type Fetched<T> =
  { state: 'idle' | 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: Error };

/** The values of a template's `<*>`s in the same windows (`/template_values`), asked once
 * the windows have stayed put for `debounceMs`; idle without windows. */
export function useTemplateValues(
  connection: Connection,
  metric: MetricIdentity,
  windows: Windows | undefined,
  templateId: string,
  method: string,
  debounceMs = 150
): Fetched<TemplateValues> {
  const options = { method, limit: VALUES_PER_SLOT };
  return useSettledFetch(
    windows && [connection, metric, windows, templateId, options],
    (signal) => fetchTemplateValues(connection, metric, windows!, templateId, options, signal),
    debounceMs
  );
}

/** Values shown per `<*>` of a template. */
export const VALUES_PER_SLOT = 3;

/** Runs `fetch` once its inputs (`inputs`, compared by content; undefined: nothing to ask)
 * have stayed the same for `debounceMs`, and cancels it when they change. */
function useSettledFetch<T>(
  inputs: unknown[] | undefined,
  fetch: (signal: AbortSignal) => Promise<T>,
  debounceMs: number
): Fetched<T> {
  const [fetched, setFetched] = useState<Keyed<Fetched<T>>>();
  const key = JSON.stringify(inputs ?? null);
  useEffect(() => {
    if (!inputs) {
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(abort.signal)
        .then((value) => setFetched({ key, value: { state: 'ready', value } }))
        .catch((error) => {
          if (!abort.signal.aborted) {
            setFetched({ key, value: { state: 'error', error } });
          }
        });
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
    // `key` stands for every input: a new object with the same content is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!inputs) {
    return { state: 'idle' };
  }
  return fetched?.key === key ? fetched.value : { state: 'loading' };
}
