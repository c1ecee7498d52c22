// Starts the harness: the dashboard's range is the last `hours` hours (default 6), the graph
// shows the metric's log volume per minute as Hover counts it, and the panel reads the demo's
// Checkout / Latency / p99 metric from the Hover at `?hover=`.
(async () => {
  const params = new URLSearchParams(location.search);
  const hoverUrl = params.get('hover') || 'http://127.0.0.1:8080';
  const minute = 60000;
  const to = Math.floor(Date.now() / minute) * minute + minute;
  const from = to - Number(params.get('hours') || 6) * 3600000;
  const metric = { org: 'demo', dashboard: 'Checkout', panel_title: 'Latency', metric_name: 'p99' };
  // The graph: the log volume per minute. With Hover unreachable it stays empty, and the
  // panel says what went wrong.
  let points = [];
  try {
    const response = await fetch(hoverUrl + '/series', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...metric,
        start_time: new Date(from).toISOString(),
        end_time: new Date(to).toISOString(),
        bucket: '1m',
      }),
    });
    const series = await response.json();
    const totals = new Array(series.bucket_count).fill(0);
    for (const s of series.series) {
      s.buckets.forEach((b, i) => (totals[b] += s.counts[i]));
    }
    points = totals.map((n, i) => [series.start_ms + i * series.bucket_ms, n]);
  } catch (error) {
    console.warn('harness: no graph:', error.message);
  }
  await window.hoverHarness.start({
    pluginId: 'hover-tracker-panel',
    hoverUrl,
    theme: params.get('theme') === 'light' ? 'light' : 'dark',
    from,
    to,
    options: {
      hoverUrl,
      org: metric.org,
      dashboard: '',
      panelTitle: metric.panel_title,
      metricName: metric.metric_name,
      token: '',
      spanMinutes: Number(params.get('span') || 10),
      baseline: 'previous',
      method: 'kl',
      limit: 10,
    },
    graph: { name: 'log lines / min', points },
  });
})().catch((error) => {
  document.body.textContent = 'harness: ' + error.message;
  window.hoverHarnessError = error.message;
});
