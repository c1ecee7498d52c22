// Starts the real Hover servers the panel's tests read from: one on demo data, one on demo
// data with a bearer token required. Their URLs reach the tests as HOVER_URL and
// HOVER_AUTH_URL; jest/stop-hover-servers.js stops them.
const { spawn } = require('node:child_process');
const { mkdirSync, mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { createInterface } = require('node:readline');

const bin = process.env.HOVER_BIN || resolve(__dirname, '../../target/release/hover');

function start(args) {
  return new Promise((ok, fail) => {
    const child = spawn(bin, ['serve', '--demo', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.on('error', fail);
    createInterface({ input: child.stdout }).once('line', (line) => {
      ok({ child, url: `http://${line.replace('listening on ', '').trim()}` });
    });
  });
}

module.exports = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hover-panel-jest-'));
  const config = join(dir, 'config.toml');
  writeFileSync(config, '[auth.tokens]\n"panel-test-token" = "demo"\n');
  // A folder each: `--demo` puts its store in the data file's folder, as `demo.db`.
  const data = (name) => {
    mkdirSync(join(dir, name));
    return join(dir, name, 'hover.db');
  };
  const open = await start(['--data', data('open')]);
  const guarded = await start(['--data', data('guarded'), '--config', config]);
  process.env.HOVER_URL = open.url;
  process.env.HOVER_AUTH_URL = guarded.url;
  globalThis.hoverServers = [open.child, guarded.child];
  globalThis.hoverServersDir = dir;
};
