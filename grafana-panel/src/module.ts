import { PanelPlugin } from '@grafana/data';
import { BASELINES, METHODS, TrackerOptions } from './types';
import { TrackerPanel } from './components/TrackerPanel';

export const plugin = new PanelPlugin<TrackerOptions>(TrackerPanel).setPanelOptions((builder) =>
  builder
    .addTextInput({
      path: 'hoverUrl',
      name: 'Hover URL',
      description: "Hover's address as the browser reaches it; Hover's cors_origins must include this Grafana",
      defaultValue: 'http://127.0.0.1:8080',
    })
    .addTextInput({ path: 'org', name: 'Org', defaultValue: 'demo', category: ['Metric'] })
    .addTextInput({
      path: 'dashboard',
      name: 'Dashboard',
      description: "Empty: this dashboard's title",
      defaultValue: '',
      category: ['Metric'],
    })
    .addTextInput({
      path: 'panelTitle',
      name: 'Panel title',
      description: "Empty: this panel's title. Set it to the graph's title when this panel sits beside the graph",
      defaultValue: '',
      category: ['Metric'],
    })
    .addTextInput({
      path: 'metricName',
      name: 'Metric name',
      description: "Empty: the hovered series' name (else this panel's first series)",
      defaultValue: '',
      category: ['Metric'],
    })
    .addTextInput({
      path: 'token',
      name: 'Bearer token',
      description:
        'Sent to Hover as Authorization: Bearer. Stored in the dashboard JSON: every editor of this dashboard can read it',
      defaultValue: '',
    })
    .addNumberInput({
      path: 'spanMinutes',
      name: 'Window span (minutes)',
      description: 'The current window is the hovered point ± this span',
      defaultValue: 10,
      settings: { min: 1, integer: true },
    })
    .addRadio({
      path: 'baseline',
      name: 'Default baseline',
      defaultValue: 'previous',
      settings: {
        options: BASELINES.filter((b) => b.value !== 'range'),
      },
    })
    .addRadio({
      path: 'method',
      name: 'Default method',
      defaultValue: 'kl',
      settings: {
        options: METHODS,
      },
    })
    .addNumberInput({ path: 'limit', name: 'Templates shown', defaultValue: 10, settings: { min: 1, integer: true } })
);
