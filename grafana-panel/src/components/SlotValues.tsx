import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { Connection, MetricIdentity, Windows } from '../hover/api';
import { useTemplateValues } from '../hover/hooks';
import { formatChange } from './GroupRow';

interface Props {
  connection: Connection;
  metric: MetricIdentity;
  windows: Windows;
  templateId: string;
  method: string;
}

/** What changed inside one template: for each `<*>`, the values that changed most between
 * the baseline and the current window ("which host is it?"), from `/template_values`. */
export function SlotValues({ connection, metric, windows, templateId, method }: Props) {
  const styles = useStyles2(getStyles);
  const values = useTemplateValues(connection, metric, windows, templateId, method);
  if (values.state !== 'ready') {
    return (
      <div className={styles.note} data-testid="hover-values-state">
        {values.state === 'error' ? `values unavailable: ${values.error.message}` : 'loading values…'}
      </div>
    );
  }
  const { slots, sampled, unaligned_lines, baseline_lines } = values.value;
  if (slots.length === 0) {
    return null;
  }
  return (
    <div className={styles.slots} data-testid="hover-values">
      {baseline_lines === 0 && (
        <div className={styles.note} data-testid="hover-values-note">
          new: its most frequent values now (no baseline lines to compare them with)
        </div>
      )}
      {slots.map((slot) => (
        <div key={slot.slot} className={styles.slot} data-testid="hover-slot" data-token={slot.token}>
          <code className={styles.token}>{slot.token}</code>
          <span className={styles.note}>{slot.distinct_values} values</span>
          {slot.values.map((v) => (
            <span
              key={v.value}
              className={styles.value}
              data-testid="hover-slot-value"
              data-value={v.value}
              data-current-count={v.current_count}
              data-baseline-count={v.baseline_count}
              title={`${v.baseline_count} → ${v.current_count} lines, q ${v.q_value.toPrecision(2)}`}
            >
              <code>{v.value}</code> {v.baseline_count} → {v.current_count} ({formatChange(v)})
            </span>
          ))}
        </div>
      ))}
      {(sampled || unaligned_lines > 0) && (
        <div className={styles.note}>
          {sampled && 'counts of a sample spread over each window. '}
          {unaligned_lines > 0 && `${unaligned_lines} lines did not fit the template.`}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  slots: css({ margin: theme.spacing(0.5, 0, 0.5, 5), fontSize: theme.typography.bodySmall.fontSize }),
  slot: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), alignItems: 'baseline' }),
  token: css({ background: theme.colors.action.selected, padding: '0 2px' }),
  value: css({ fontVariantNumeric: 'tabular-nums' }),
  note: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
