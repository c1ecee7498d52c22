import React, { useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { Window } from '../hover/api';

interface Props {
  /** Lines per bucket, all templates together. */
  totals: number[];
  startMs: number;
  bucketMs: number;
  current: Window;
  baseline: Window;
  width: number;
  height: number;
  /** Called with the range dragged over the chart: the new baseline. */
  onBaselineDrag: (window: Window) => void;
}

/** The volume of the metric's logs, with the current (red) and baseline (green) windows;
 * dragging over it picks a baseline. */
export function VolumeChart({ totals, startMs, bucketMs, current, baseline, width, height, onBaselineDrag }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number }>();
  const buckets = Math.max(1, totals.length);
  const x = (ms: number) => ((ms - startMs) / (buckets * bucketMs)) * width;
  const bucketAt = (clientX: number) => {
    const rect = svg.current!.getBoundingClientRect();
    return Math.max(0, Math.min(buckets, Math.round(((clientX - rect.left) / rect.width) * buckets)));
  };
  const max = Math.max(1, ...totals);
  const path = totals
    .map((n, i) => `${i ? 'L' : 'M'}${(i / buckets) * width},${height - (n / max) * (height - 4)}`)
    .join('');
  const shade = (w: Window, color: string, label: string) => (
    <rect
      aria-label={label}
      x={x(w.start)}
      width={Math.max(1, x(w.end) - x(w.start))}
      y={0}
      height={height}
      fill={theme.visualization.getColorByName(color)}
      fillOpacity={0.2}
    />
  );
  const finish = () => {
    if (drag && drag.from !== drag.to) {
      const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
      onBaselineDrag({ start: startMs + a * bucketMs, end: startMs + b * bucketMs });
    }
    setDrag(undefined);
  };
  return (
    <svg
      ref={svg}
      className={styles.chart}
      width={width}
      height={height}
      data-testid="hover-volume"
      onMouseDown={(e) => setDrag({ from: bucketAt(e.clientX), to: bucketAt(e.clientX) })}
      onMouseMove={(e) => drag && setDrag({ ...drag, to: bucketAt(e.clientX) })}
      onMouseUp={finish}
      onMouseLeave={finish}
    >
      <title>Log volume: drag to pick a baseline</title>
      {shade(baseline, 'green', 'baseline window')}
      {shade(current, 'red', 'current window')}
      {drag &&
        shade(
          {
            start: startMs + Math.min(drag.from, drag.to) * bucketMs,
            end: startMs + Math.max(drag.from, drag.to) * bucketMs,
          },
          'green',
          'dragged range'
        )}
      <path d={path} fill="none" stroke={theme.colors.primary.main} strokeWidth={1} />
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  chart: css({ display: 'block', cursor: 'crosshair', borderBottom: `1px solid ${theme.colors.border.weak}` }),
});
