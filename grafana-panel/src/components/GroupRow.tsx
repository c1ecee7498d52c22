import React, { useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Badge, BadgeColor, IconButton, useStyles2, useTheme2 } from '@grafana/ui';
import type { LogGroup } from 'hover-wasm';
import type { GroupDetails } from '../hover/hooks';

const STATUS_COLOR: Record<LogGroup['status'], BadgeColor> = {
  new: 'red',
  up: 'orange',
  down: 'blue',
  gone: 'purple',
  unchanged: 'darkgrey',
};

/** `relative_change` as a person reads it: +150.0 %, or new / gone. */
export function formatChange(group: Pick<LogGroup, 'status' | 'relative_change'>): string {
  if (group.status === 'new' || group.status === 'gone') {
    return group.status;
  }
  const percent = group.relative_change * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

export function formatPValue(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

interface Props {
  group: LogGroup;
  rank: number;
  /** The template's lines per bucket over the series, for the sparkline. */
  volume: number[];
  /** Lines and first-seen time, from the server. */
  details?: GroupDetails;
  linesState: 'idle' | 'loading' | 'ready' | 'error';
  initiallyOpen: boolean;
  /** With a pooled baseline: how many periods it pools. */
  periods?: number;
  /** Shown under the lines while the row is open (what changed inside the template). */
  children?: React.ReactNode;
}

/** One changed template: its text with the variable parts marked, how it changed, and its
 * representative lines on expand. */
export function GroupRow({ group, rank, volume, details, linesState, initiallyOpen, periods, children }: Props) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(initiallyOpen);
  const text = group.template ?? group.template_id;
  return (
    <li
      className={styles.row}
      data-testid="hover-group"
      data-template-id={group.template_id}
      data-relative-change={group.relative_change}
      data-p-value={group.p_value}
      data-q-value={group.q_value}
      data-periods-seen={group.baseline_periods_seen}
      data-current-count={group.current_count}
      data-baseline-count={group.baseline_count}
    >
      <div className={styles.head}>
        <IconButton
          name={open ? 'angle-down' : 'angle-right'}
          aria-label={open ? 'Hide lines' : 'Show lines'}
          onClick={() => setOpen(!open)}
        />
        <span className={styles.rank}>{rank}</span>
        <Badge color={STATUS_COLOR[group.status]} text={formatChange(group)} data-testid="hover-change" />
        <code className={styles.template} data-testid="hover-template" title={text}>
          {text.split('<*>').map((part, i) => (
            <React.Fragment key={i}>
              {i > 0 && <mark className={styles.variable}>{'<*>'}</mark>}
              {part}
            </React.Fragment>
          ))}
        </code>
        <Sparkline values={volume} />
        <span className={styles.counts} data-testid="hover-counts" title="lines in the baseline → current window">
          {group.baseline_count} → {group.current_count}
        </span>
        {periods !== undefined && (
          <span className={styles.counts} data-testid="hover-periods" title="baseline periods with this template">
            in {group.baseline_periods_seen ?? 0}/{periods}
          </span>
        )}
        <span
          className={styles.p}
          data-testid="hover-p"
          title={`G-test p-value ${formatPValue(group.p_value)}; q: the false-discovery rate over every template compared`}
        >
          q {formatPValue(group.q_value)}
        </span>
      </div>
      {open && details?.firstSeen && (
        <div className={styles.counts} data-testid="hover-first-seen">
          first seen {details.firstSeen}
        </div>
      )}
      {open && (
        <pre className={styles.lines} data-testid="hover-lines">
          {linesState === 'ready'
            ? (details?.lines ?? []).join('\n') || 'no lines in this window'
            : linesState === 'error'
              ? 'lines unavailable'
              : 'loading lines…'}
        </pre>
      )}
      {open && children}
    </li>
  );
}

function Sparkline({ values }: { values: number[] }) {
  const theme = useTheme2();
  const [w, h] = [80, 18];
  const max = Math.max(1, ...values);
  const points = values.map((v, i) => `${(i / Math.max(1, values.length - 1)) * w},${h - (v / max) * h}`).join(' ');
  return (
    <svg width={w} height={h} aria-label="volume of this template" style={{ flex: 'none' }}>
      <polyline points={points} fill="none" stroke={theme.colors.text.secondary} strokeWidth={1} />
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    listStyle: 'none',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    padding: theme.spacing(0.5, 0),
  }),
  head: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), minWidth: 0 }),
  rank: css({ color: theme.colors.text.secondary, width: '1.5em', textAlign: 'right', flex: 'none' }),
  template: css({
    flex: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    background: 'none',
    border: 'none',
    padding: 0,
  }),
  variable: css({ background: theme.colors.action.selected, color: theme.colors.text.secondary, padding: '0 1px' }),
  counts: css({
    fontVariantNumeric: 'tabular-nums',
    flex: 'none',
    color: theme.colors.text.secondary,
    width: '8em',
    textAlign: 'right',
  }),
  p: css({ fontVariantNumeric: 'tabular-nums', flex: 'none', color: theme.colors.text.secondary, width: '6em' }),
  lines: css({
    margin: theme.spacing(0.5, 0, 0.5, 5),
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'pre-wrap',
  }),
});
