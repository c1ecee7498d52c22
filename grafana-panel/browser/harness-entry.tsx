// The harness plays Grafana's part for the built plugin: it hands the plugin's AMD module
// the real @grafana/data, @grafana/ui, react and emotion through SystemJS (as Grafana's loader,
// public/app/features/plugins/loader/systemjs.ts, does), loads `dist/module.js` from
// /public/plugins/<id>/, and renders @grafana/ui's TimeSeries beside the panel on one event
// bus, so hovering the graph drives the panel as a dashboard's shared crosshair does.
import React, { useMemo } from 'react';
import * as ReactAll from 'react';
import * as ReactDOM from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as grafanaData from '@grafana/data';
import * as grafanaUi from '@grafana/ui';
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import * as rxjs from 'rxjs';
import lodash from 'lodash';
import 'uplot/dist/uPlot.min.css';

const { createTheme, dateTime, EventBusSrv, FieldType, getDisplayProcessor, toDataFrame, ThemeContext } = grafanaData;
const { EventBusPlugin, GlobalStyles, TimeSeries } = grafanaUi;

declare const System: any;

const SHARED: Record<string, unknown> = {
  react: ReactAll,
  'react-dom': ReactDOM,
  'react/jsx-runtime': jsxRuntime,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@emotion/css': emotionCss,
  '@emotion/react': emotionReact,
  rxjs,
  lodash,
};

export interface HarnessConfig {
  pluginId: string;
  hoverUrl: string;
  theme: 'light' | 'dark';
  /** The dashboard's range, epoch ms. */
  from: number;
  to: number;
  /** Panel options the harness sets, as a dashboard's JSON would. */
  options: Record<string, unknown>;
  /** The graph's series: [time ms, value] per point. */
  graph: { name: string; points: Array<[number, number]> };
}

function Dashboard({ Panel, config }: { Panel: React.ComponentType<any>; config: HarnessConfig }) {
  const theme = useMemo(() => createTheme({ colors: { mode: config.theme } }), [config.theme]);
  const bus = useMemo(() => new EventBusSrv(), []);
  (window as any).hoverHarness.bus = bus;
  const timeRange = useMemo(() => {
    const [from, to] = [dateTime(config.from), dateTime(config.to)];
    return { from, to, raw: { from, to } };
  }, [config.from, config.to]);
  const frame = useMemo(() => {
    const frame = toDataFrame({
      fields: [
        { name: 'time', type: FieldType.time, values: config.graph.points.map((p) => p[0]) },
        { name: config.graph.name, type: FieldType.number, values: config.graph.points.map((p) => p[1]), config: {} },
      ],
    });
    // Grafana's field pipeline gives every field a display processor; the axes format with it.
    for (const field of frame.fields) {
      field.display = getDisplayProcessor({ field, theme });
    }
    return frame;
  }, [config.graph, theme]);
  const width = 1000;
  return (
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <div style={{ padding: 8, background: theme.colors.background.canvas, display: 'grid', gap: 8 }}>
        <div data-testid="graph" style={{ background: theme.colors.background.primary }}>
          <TimeSeries
            frames={[frame]}
            width={width}
            height={180}
            timeRange={timeRange}
            timeZone="utc"
            legend={{ showLegend: false, displayMode: 'list' as any, placement: 'bottom', calcs: [] }}
          >
            {(builder: any, aligned: any) => <EventBusPlugin config={builder} eventBus={bus} frame={aligned} />}
          </TimeSeries>
        </div>
        <div style={{ background: theme.colors.background.primary, padding: 8 }}>
          <Panel
            id={2}
            title="Hover"
            data={{ state: 'Done', series: [frame], timeRange }}
            timeRange={timeRange}
            timeZone="utc"
            options={config.options}
            fieldConfig={{ defaults: {}, overrides: [] }}
            width={width - 16}
            height={560}
            transparent={false}
            renderCounter={0}
            eventBus={bus}
            replaceVariables={(text: string) => text.replace('${__dashboard}', 'Checkout')}
            onOptionsChange={() => {}}
            onFieldConfigChange={() => {}}
            onChangeTimeRange={() => {}}
          />
        </div>
      </div>
    </ThemeContext.Provider>
  );
}

/** Registers the shared libraries, loads the plugin as Grafana does and renders it. */
async function start(config: HarnessConfig) {
  (window as any).hoverHarness.config = config;
  const imports: Record<string, string> = {};
  for (const [name, module] of Object.entries(SHARED)) {
    System.set(`app:${name}`, {
      ...(module as object),
      default: (module as any).default ?? module,
      __useDefault: true,
    });
    imports[name] = `app:${name}`;
  }
  System.addImportMap({ imports });
  const module = await System.import(`/public/plugins/${config.pluginId}/module.js`);
  const plugin = module.plugin ?? module.default?.plugin;
  createRoot(document.getElementById('root')!).render(<Dashboard Panel={plugin.panel} config={config} />);
}

(window as any).hoverHarness = { start, grafanaData };
