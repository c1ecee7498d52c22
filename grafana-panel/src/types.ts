/** How the baseline window is chosen. */
export type BaselineMode = 'previous' | 'shift24h' | 'shift7d' | 'range';

/** The panel's options, as Grafana stores them in the dashboard JSON. */
export interface TrackerOptions {
  /** Hover's base URL, as the browser reaches it. */
  hoverUrl: string;
  org: string;
  /** Metric identity sent to Hover; empty means the dashboard title, this panel's title and
   * the hovered series' name. */
  dashboard: string;
  panelTitle: string;
  metricName: string;
  /** Sent as `Authorization: Bearer`; stored in the dashboard, so visible to its editors. */
  token: string;
  /** The current window is the hovered point ± this many minutes. */
  spanMinutes: number;
  method: 'kl' | 'js' | 'symmetric_kl';
  limit: number;
  baseline: BaselineMode;
}
