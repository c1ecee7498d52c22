// Serves the harness: the built plugin (`dist/`) under /public/plugins/<id>/ as Grafana does,
// the harness page and its bundle (real @grafana/* and react, built here with esbuild), next
// to a `hover serve --demo`. Used by the browser test and the benchmark; run alone
// (`npm run harness`), it prints the page's address for a person to look at.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const panelRoot = resolve(here, '..');
const repoRoot = resolve(panelRoot, '..');
export const outDir = join(here, 'out');
const pluginId = JSON.parse(await readFile(join(panelRoot, 'src/plugin.json'), 'utf8')).id;
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** A `hover serve --demo` on a free port with its own data file; resolves to its URL. */
export function startHover(dataFile = join(outDir, 'hover-data/hover.db')) {
  const bin = process.env.HOVER_BIN || join(repoRoot, 'target/release/hover');
  return new Promise((ok, fail) => {
    const child = spawn(bin, ['serve', '--demo', '--port', '0', '--data', dataFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`${bin} exited with ${code} before listening`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      ok({ child, url: `http://${line.replace('listening on ', '').trim()}` });
    });
  });
}

/** Bundles the harness (the libraries Grafana shares with plugins) into out/harness/. */
export async function buildHarness() {
  await build({
    entryPoints: [join(here, 'harness-entry.tsx')],
    bundle: true,
    format: 'iife',
    outfile: join(outDir, 'harness/harness.js'),
    loader: { '.ttf': 'empty', '.woff': 'empty', '.woff2': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    minify: true,
    logLevel: 'warning',
  });
}

/** The static site: the harness page, its scripts, and the built plugin. */
export function startSite() {
  const files = (path) => {
    if (path === '/') {
      return join(here, 'index.html');
    }
    if (path === '/harness/start.js') {
      return join(here, 'start.js');
    }
    if (path === '/harness/system.min.js') {
      return join(panelRoot, 'node_modules/systemjs/dist/system.min.js');
    }
    if (path === '/harness/amd.min.js') {
      return join(panelRoot, 'node_modules/systemjs/dist/extras/amd.min.js');
    }
    if (path.startsWith('/harness/')) {
      return join(outDir, path);
    }
    // @grafana/ui's icons, where Grafana serves them.
    if (path.startsWith('/public/build/img/')) {
      return join(panelRoot, 'node_modules/@grafana/ui/dist/public/img', path.slice(18));
    }
    const plugin = `/public/plugins/${pluginId}/`;
    if (path.startsWith(plugin)) {
      return join(panelRoot, 'dist', path.slice(plugin.length));
    }
    return undefined;
  };
  const server = createServer(async (request, response) => {
    const file = files(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      if (!file || file.includes('..')) {
        throw new Error('not found');
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end('not found');
    }
  });
  return new Promise((ok) => server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => ok(server)));
}

/** Everything the harness needs, started; `stop()` ends it. */
export async function startHarness() {
  await mkdir(outDir, { recursive: true });
  await buildHarness();
  const hover = await startHover();
  const site = await startSite();
  const siteUrl = `http://127.0.0.1:${site.address().port}`;
  return {
    hoverUrl: hover.url,
    pageUrl: (query = {}) => `${siteUrl}/?${new URLSearchParams({ hover: hover.url, ...query })}`,
    stop: () => {
      hover.child.removeAllListeners('exit');
      hover.child.kill();
      site.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const harness = await startHarness();
  console.log(`Hover (demo data): ${harness.hoverUrl}`);
  console.log(`The built panel over the demo, dark theme: ${harness.pageUrl()}`);
  console.log(`                               light theme: ${harness.pageUrl({ theme: 'light' })}`);
  console.log('Hover over the graph; Ctrl-C stops.');
  process.on('SIGINT', () => {
    harness.stop();
    process.exit(0);
  });
}
