/** How the baseline window is chosen. */
export type BaselineMode = 'previous' | 'shift24h' | 'shift7d' | 'seasonal7d' | 'range';

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

/** The baselines a user can pick on the panel (the options editor offers all but a dragged range). */
export const BASELINES: Array<{ label: string; value: BaselineMode; description: string }> = [
  { label: 'Previous', value: 'previous', description: 'the window of the same length just before' },
  { label: '−24h', value: 'shift24h', description: 'the same window yesterday' },
  { label: '−7d', value: 'shift7d', description: 'the same window a week ago' },
  {
    label: '7 × 24h',
    value: 'seasonal7d',
    description: 'the same window on each of the last 7 days, pooled: what is normal at this time of day',
  },
  { label: 'Dragged', value: 'range', description: 'the range dragged on the volume chart' },
];
/** The divergences a user can pick. */
export const METHODS = [
  { label: 'KL', value: 'kl' as const, description: 'Kullback–Leibler divergence (the default)' },
  { label: 'JS', value: 'js' as const, description: 'Jensen–Shannon divergence' },
  { label: 'Sym. KL', value: 'symmetric_kl' as const, description: 'ranks vanished templates as high as new ones' },
];
