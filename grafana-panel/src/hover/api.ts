import type { Comparison, SeriesResponse, SlotSummary } from 'hover-wasm';

/** The four fields that name a panel's metric for Hover. */
export interface MetricIdentity {
  org: string;
  dashboard: string;
  panel_title: string;
  metric_name: string;
}

/** A time window in epoch milliseconds, `[start, end)`. */
export interface Window {
  start: number;
  end: number;
}

/** Why a request to Hover failed, in the terms the panel shows. */
export class HoverError extends Error {
  constructor(
    message: string,
    /** `unreachable` (no answer at `url`), `auth` (401/403) or `answer` (any other error). */
    readonly kind: 'unreachable' | 'auth' | 'answer',
    readonly url: string,
    readonly status?: number
  ) {
    super(message);
  }
}

export interface Connection {
  baseUrl: string;
  token?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

async function post<T>(connection: Connection, path: string, body: object, signal?: AbortSignal): Promise<T> {
  const url = connection.baseUrl.replace(/\/+$/, '') + path;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (connection.token) {
    headers.authorization = `Bearer ${connection.token}`;
  }
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') {
      throw error;
    }
    throw new HoverError(`Hover is unreachable at ${url}: ${(error as Error).message}`, 'unreachable', url);
  }
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HoverError(
      `${url} answered ${response.status} with a body that is not JSON`,
      'answer',
      url,
      response.status
    );
  }
  if (!response.ok) {
    const kind = response.status === 401 || response.status === 403 ? 'auth' : 'answer';
    throw new HoverError(
      `${json.message ?? json.error ?? response.statusText} (${response.status})`,
      kind,
      url,
      response.status
    );
  }
  return json as T;
}

/** Per-template counts per bucket over `range` (`POST /series`). */
export function fetchSeries(
  connection: Connection,
  metric: MetricIdentity,
  range: Window,
  bucketMinutes: number,
  signal?: AbortSignal
): Promise<SeriesResponse> {
  return post(
    connection,
    '/series',
    {
      ...metric,
      start_time: iso(range.start),
      end_time: iso(range.end),
      bucket: `${bucketMinutes}m`,
    },
    signal
  );
}

/** What the panel asks of a comparison, in the wasm core as in `/query_logs`. */
export interface CompareRequest {
  method: string;
  limit: number;
  max_q_value?: number;
}

/** The windows of a comparison: the current one and a baseline window, or a baseline pooled
 * from the current window moved back 1..`periods` times `shiftMs`. */
export interface Windows {
  current: Window;
  baseline: Window;
  seasonal?: { shiftMs: number; periods: number };
}

/** The server's answer for the same windows, with representative lines and first-seen times
 * (`POST /query_logs`). */
export function queryLogs(
  connection: Connection,
  metric: MetricIdentity,
  windows: Windows,
  options: CompareRequest,
  signal?: AbortSignal
): Promise<Comparison> {
  return post(connection, '/query_logs', { ...metric, ...windowFields(windows), ...options }, signal);
}

/** The request fields that name `windows`, as `/query_logs` and `/template_values` read them. */
function windowFields({ current, baseline, seasonal }: Windows) {
  const baselineFields = seasonal
    ? { baseline_shift: `${seasonal.shiftMs / 60_000}m`, baseline_periods: seasonal.periods }
    : { baseline_start: iso(baseline.start), baseline_end: iso(baseline.end) };
  return { start_time: iso(current.start), end_time: iso(current.end), ...baselineFields };
}

/** What changed inside one template (`POST /template_values`): for each `<*>`, its values in
 * the current and the baseline windows, ranked by how much they changed. */
export interface TemplateValues {
  template_id: string;
  template: string;
  current_lines: number;
  baseline_lines: number;
  /** Counts are of a sample spread over each window. */
  sampled: boolean;
  /** Lines read that did not fit the template. */
  unaligned_lines: number;
  slots: SlotSummary[];
}

/** The values of a template's `<*>`s in the same windows, `limit` per slot. */
export function fetchTemplateValues(
  connection: Connection,
  metric: MetricIdentity,
  windows: Windows,
  templateId: string,
  options: { method: string; limit: number },
  signal?: AbortSignal
): Promise<TemplateValues> {
  return post(
    connection,
    '/template_values',
    { ...metric, ...windowFields(windows), template_id: templateId, ...options },
    signal
  );
}
