// A tiny static server for the end-to-end tests: serves the built app (dist/) at the root and
// under a sub-path (/dau-moc/), and the test fixtures under fixtures/ at either place.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy the website's server sends with every file but the pages (docs/security.md). */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *";
/**
 * What it sends with the pages (index.html, editor.html, the folder): each page carries the whole
 * policy in its <meta>, with the hashes of its own inline blocks, which change with every build;
 * the header adds what a <meta> cannot say (frame-ancestors). Browsers enforce both.
 */
export const PAGE_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors *";
/** The header policy for a request path, as the deploy/ configurations choose it. */
export const policyFor = (pathname) => (/(\.html|\/)$/.test(pathname) ? PAGE_POLICY : CONTENT_SECURITY_POLICY);

/**
 * Starts a server on 127.0.0.1 (a free port); resolves to { url, close, requests }.
 * `routes` maps a path to a handler (req, res) for responses files cannot give (500, no answer).
 */
export async function serve({ dist, fixtures, subPath = '/dau-moc/', routes = {}, csp = true }) {
  const requests = [];
  const open = new Set();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    open.add(res);
    res.on('close', () => open.delete(res));
    if (csp) res.setHeader('content-security-policy', policyFor(url.pathname));
    const route = routes[url.pathname.replace(subPath, '/')];
    if (route) { route(req, res); return; }
    let p = decodeURIComponent(url.pathname);
    if (p.startsWith(subPath)) p = '/' + p.slice(subPath.length);
    let root = dist;
    if (p.startsWith('/fixtures/')) { root = fixtures; p = p.slice('/fixtures'.length); }
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => new Promise((r) => {
    for (const res of open) res.destroy();
    server.close(r);
  });
  return { url: `http://127.0.0.1:${port}`, requests, close };
}
