// The lines every real client sends: 200 quiet lines over the hour before the last 20
// minutes, then 100 lines of an incident in the last 10 minutes. /query_logs for the last
// 20 minutes against the hour before must rank the incident first.
export function scenario(now) {
  const minute = 60_000;
  const quiet = Array.from({ length: 200 }, (_, i) => ({
    timestamp: new Date(now - 80 * minute + i * 18_000).toISOString(),
    level: 'info',
    message: `order ${1000 + i} paid in ${20 + (i % 9)} ms`,
  }));
  const incident = Array.from({ length: 100 }, (_, i) => ({
    timestamp: new Date(now - 10 * minute + i * 5_000).toISOString(),
    level: 'error',
    message: `payment provider refused card batch ${i} with code ${500 + (i % 4)}`,
  }));
  return [...quiet, ...incident];
}
