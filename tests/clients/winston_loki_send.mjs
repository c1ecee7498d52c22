// A real Loki client: winston with winston-loki, pushing protobuf + snappy (its default when
// the snappy module loads) to Hover's /loki/api/v1/push. Sends the incident scenario of
// scenario.mjs and prints {"sent": N}. Usage: node winston_loki_send.mjs HOVER_URL ORG
import { createRequire } from 'node:module';
import winston from 'winston';
import LokiTransport from 'winston-loki';
import { scenario } from './scenario.mjs';

const [url, org] = process.argv.slice(2);
const require = createRequire(import.meta.url);
require('snappy'); // without it winston-loki falls back to JSON: fail instead

let failed = null;
const transport = new LokiTransport({
  host: url,
  labels: { service_name: 'checkout' },
  headers: { 'X-Scope-OrgID': org },
  replaceTimestamp: false,
  interval: 0.2,
  onConnectionError: (error) => (failed = error),
});
const logger = winston.createLogger({ transports: [transport] });
const lines = scenario(Date.now());
for (const { timestamp, level, message } of lines) {
  logger.log({ level, message, timestamp });
}
await transport.flush();
await transport.close();
if (failed) {
  console.error(`winston-loki: ${failed.message ?? failed}`);
  process.exit(2);
}
console.log(JSON.stringify({ sent: lines.length }));
