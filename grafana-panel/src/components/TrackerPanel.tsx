import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2, PanelProps } from '@grafana/data';
import { Alert, LoadingPlaceholder, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import type { Comparison } from 'hover-wasm';
import { BASELINES, METHODS, type BaselineMode, type TrackerOptions } from '../types';
import type { MetricIdentity, Window } from '../hover/api';
import { useHover, useRepresentativeLines, useSeries } from '../hover/hooks';
import { baselineWindow, bucketMinutesFor, currentWindow, MINUTE, seasonalOf, seriesRange } from '../hover/windows';
import { GroupRow } from './GroupRow';
import { SlotValues } from './SlotValues';
import { VolumeChart } from './VolumeChart';

/** False-discovery cuts: `q ≤ 0.05` keeps the share of noise among the templates shown at
 * about 5 %, however many templates the windows hold. */
const Q_CUTS = [
  { label: 'all', value: 1, description: 'every template, noise included' },
  { label: 'q≤0.05', value: 0.05, description: 'about 5 % of the templates shown may be noise' },
  { label: 'q≤0.01', value: 0.01, description: 'about 1 % of the templates shown may be noise' },
  { label: 'q≤0.001', value: 0.001, description: 'about 0.1 % of the templates shown may be noise' },
];

/** The metric this panel asks Hover about: the options, or else the dashboard's title,
 * this panel's title and the hovered (or first) series' name. */
function metricIdentity(props: PanelProps<TrackerOptions>, hoveredSeries?: string): MetricIdentity {
  const { options, data, title, replaceVariables } = props;
  const firstSeries = data.series[0]?.fields.find((f) => f.type !== 'time');
  return {
    org: options.org,
    dashboard: options.dashboard || replaceVariables('${__dashboard}'),
    panel_title: options.panelTitle || title,
    metric_name: options.metricName || hoveredSeries || firstSeries?.config.displayName || firstSeries?.name || '',
  };
}

export function TrackerPanel(props: PanelProps<TrackerOptions>) {
  const { options, timeRange, timeZone, eventBus, width, height } = props;
  const styles = useStyles2(getStyles);
  const hovered = useHover(eventBus);
  const [mode, setMode] = useState<BaselineMode>(options.baseline);
  const [dragged, setDragged] = useState<Window>();
  const [method, setMethod] = useState(options.method);
  const [maxQ, setMaxQ] = useState(1);

  const connection = useMemo(
    () => ({ baseUrl: options.hoverUrl, token: options.token || undefined }),
    [options.hoverUrl, options.token]
  );
  const metric = metricIdentity(props, hovered?.series);
  const range = { start: timeRange.from.valueOf(), end: timeRange.to.valueOf() };
  const fetched = seriesRange(range, mode === 'range' ? 'previous' : mode);
  const bucketMinutes = bucketMinutesFor(fetched);
  const loaded = useSeries(connection, metric, fetched, bucketMinutes);

  const windows = useMemo(() => {
    if (loaded.state !== 'ready') {
      return undefined;
    }
    const current = currentWindow(hovered?.time, range, options.spanMinutes, bucketMinutes * MINUTE);
    return { current, baseline: baselineWindow(mode, current, dragged), seasonal: seasonalOf(mode) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, hovered?.time, range.start, range.end, options.spanMinutes, bucketMinutes, mode, dragged]);

  const compareOptions = { method, limit: options.limit, max_q_value: maxQ < 1 ? maxQ : undefined };
  // One wasm call per hover or baseline move: O(templates) over prefix sums.
  const computed = useMemo((): { result?: Comparison; error?: Error } => {
    if (loaded.state !== 'ready' || !windows) {
      return {};
    }
    try {
      const { current, baseline, seasonal } = windows;
      return {
        result: seasonal
          ? loaded.analyzer.comparePooled(
              current.start,
              current.end,
              seasonal.shiftMs,
              seasonal.periods,
              compareOptions
            )
          : loaded.analyzer.compare(current.start, current.end, baseline.start, baseline.end, compareOptions),
      };
    } catch (error) {
      return { error: error as Error };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, windows, method, options.limit, maxQ]);
  const lines = useRepresentativeLines(connection, metric, computed.result ? windows : undefined, compareOptions);

  const volumes = useMemo(() => {
    const byTemplate = new Map<string, number[]>();
    const totals: number[] = [];
    if (loaded.state === 'ready') {
      const { series } = loaded;
      totals.length = series.bucket_count;
      totals.fill(0);
      for (const s of series.series) {
        const volume = new Array<number>(series.bucket_count).fill(0);
        s.buckets.forEach((b, i) => {
          volume[b] += s.counts[i];
          totals[b] += s.counts[i];
        });
        // The sparkline shows the dashboard's range, not the lead-in fetched for baselines.
        byTemplate.set(
          s.template_id,
          volume.slice(Math.max(0, Math.floor((range.start - series.start_ms) / series.bucket_ms)))
        );
      }
    }
    return { byTemplate, totals };
  }, [loaded, range.start]);

  const time = (ms: number) => dateTimeFormat(ms, { format: 'MMM D HH:mm', timeZone });
  const controls = (
    <div className={styles.controls}>
      <RadioButtonGroup size="sm" options={BASELINES} value={mode} onChange={setMode} aria-label="baseline" />
      <RadioButtonGroup size="sm" options={METHODS} value={method} onChange={setMethod} aria-label="method" />
      <RadioButtonGroup size="sm" options={Q_CUTS} value={maxQ} onChange={setMaxQ} aria-label="q-value cut" />
    </div>
  );

  let body: React.ReactNode;
  if (loaded.state === 'loading') {
    body = <LoadingPlaceholder text="Loading template counts from Hover…" />;
  } else if (loaded.state === 'error') {
    const error = loaded.error as Error & { kind?: string; url?: string };
    const title =
      error.kind === 'unreachable'
        ? 'Hover is unreachable'
        : error.kind === 'auth'
          ? 'Hover refused the request'
          : 'Hover answered with an error';
    body = (
      <Alert severity="error" title={title} data-testid="hover-error">
        {error.message}
        {error.kind === 'auth' && " Check the panel's token and the org it may read."}
        {error.kind === 'unreachable' &&
          " Check the panel's Hover URL and that Hover's cors_origins include this Grafana."}
      </Alert>
    );
  } else if (loaded.series.series.length === 0) {
    body = (
      <Alert
        severity="info"
        title="No logs for this metric in this time range"
      >{`${metric.dashboard} / ${metric.panel_title} / ${metric.metric_name} (org ${metric.org})`}</Alert>
    );
  } else if (computed.error || !computed.result || !windows) {
    body = (
      <Alert severity="error" title="Could not compare these windows">
        {computed.error?.message}
      </Alert>
    );
  } else {
    const { result } = computed;
    const { current, baseline, seasonal } = windows;
    const baselineText = seasonal
      ? `the same time on each of the last ${seasonal.periods} days`
      : `baseline ${time(baseline.start)}–${time(baseline.end)}`;
    body = (
      <>
        <VolumeChart
          totals={volumes.totals}
          startMs={loaded.series.start_ms}
          bucketMs={loaded.series.bucket_ms}
          current={current}
          baseline={baseline}
          width={Math.max(10, width)}
          height={40}
          onBaselineDrag={(w) => {
            setDragged(w);
            setMode('range');
          }}
        />
        <div className={styles.summary} data-testid="hover-summary">
          now {time(current.start)}–{time(current.end)} ({result.current_total} lines) vs {baselineText} (
          {result.baseline_total} lines) · divergence {result.divergence.toFixed(4)} ({result.method})
        </div>
        {result.baseline_total === 0 && (
          <Alert severity="warning" title="The baseline window has no lines">
            There is nothing to compare the current window with. Pick another baseline.
          </Alert>
        )}
        {result.current_total === 0 && <Alert severity="info" title="No lines in the current window" />}
        <ol className={styles.list}>
          {result.log_groups.map((group, i) => (
            <GroupRow
              key={group.template_id}
              group={group}
              rank={i + 1}
              volume={volumes.byTemplate.get(group.template_id) ?? []}
              details={lines.state === 'ready' ? lines.byTemplate.get(group.template_id) : undefined}
              periods={seasonal?.periods}
              linesState={lines.state}
              initiallyOpen={i === 0}
            >
              <SlotValues
                connection={connection}
                metric={metric}
                windows={windows}
                templateId={group.template_id}
                method={method}
              />
            </GroupRow>
          ))}
        </ol>
      </>
    );
  }

  return (
    <div
      className={styles.panel}
      style={{ width, height }}
      data-testid="hover-panel"
      data-current={windows ? `${windows.current.start},${windows.current.end}` : undefined}
      data-baseline={windows ? `${windows.baseline.start},${windows.baseline.end}` : undefined}
      data-method={method}
      data-hover={hovered?.time ?? ''}
    >
      {controls}
      {body}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), overflow: 'hidden' }),
  controls: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) }),
  summary: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  list: css({ overflowY: 'auto', flex: 1, margin: 0, padding: 0 }),
});
