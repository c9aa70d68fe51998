// trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced):
// 1. moves trunk's inline wasm loader into a file, so the page runs under a strict
//    Content-Security-Policy with no 'unsafe-inline' (trunk 0.21 always writes it inline);
// 2. writes the policy into index.html;
// 3. puts the static, JavaScript-free list of the bundled dataset into the page, so browsers
//    without WebAssembly, screen readers before the app loads and search engines get every event
//    (the app removes it when it starts);
// 4. writes .gz and .br copies for static hosts that serve precompressed files.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

// 1. The loader.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('trunk did not write its inline loader where expected');
const loader = match[1].trim() + '\n';
const hash = crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16);
const loaderName = `start-${hash}.js`;
fs.writeFileSync(path.join(staging, loaderName), loader);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);

// 2. The policy. WebAssembly needs 'wasm-unsafe-eval'; everything else comes from this origin.
// frame-ancestors cannot be set from a <meta>: newsrooms may embed the page anywhere anyway.
// The same policy as docs/security.md asks the web server to send, less frame-ancestors (which
// a <meta> cannot carry).
const policy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);

// 3. The static list, rendered by the core through the CLI (skipped for a dataset-less build).
const dataset = path.join(process.cwd(), 'public/data/events.json');
if (fs.existsSync(dataset) && html.includes('<!-- static-list -->')) {
  const fragment = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'daumoc-cli', '--', 'export', '--to', 'html', '--fragment', dataset], { encoding: 'utf8' });
  html = html.replace('<!-- static-list -->', `<div id="static-list" class="static-list">\n${fragment}\n</div>`);
}
fs.writeFileSync(indexPath, html);

// 4. Precompressed copies.
const compressible = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? compressible(path.join(dir, entry.name)) : [path.join(dir, entry.name)]);
for (const full of compressible(staging)) {
  if (!/\.(wasm|js|css|html|json|svg)$/.test(full)) continue;
  const body = fs.readFileSync(full);
  fs.writeFileSync(full + '.gz', zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(full + '.br', zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
