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

/** Starts a server on 127.0.0.1 (a free port); resolves to { url, close, requests }. */
export async function serve({ dist, fixtures, subPath = '/dau-moc/' }) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
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
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}
