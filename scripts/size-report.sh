#!/usr/bin/env bash
# Prints the size of the release bundle (raw, gzip -9 and brotli): what a visitor downloads,
# then the editors' page (editor.html and its files), which visitors never load.
set -euo pipefail
cd "$(dirname "$0")/.."
node - <<'JS'
const fs = require('fs'), path = require('path'), zlib = require('zlib');
// Each page and the files it asks for (its stylesheets, scripts, the wasm it preloads).
const pageFiles = (page) => {
  if (!fs.existsSync(path.join('dist', page))) return [];
  const html = fs.readFileSync(path.join('dist', page), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.\/([^"?#]+\.(?:wasm|js|css))"/g)].map((m) => m[1]);
  return [page, ...new Set(refs)].sort();
};
for (const [title, files] of [['visitors', [...pageFiles('index.html'), 'sw.js']], ["editors' page", pageFiles('editor.html')]]) {
console.log(`-- ${title}`);
let total = [0, 0, 0];
const row = (name, sizes) => console.log(name.padEnd(40), ...sizes.map((n, i) => `${String(n).padStart(8)} B ${['raw   ', 'gzip  ', 'brotli'][i]}`));
for (const f of files) {
  const buf = fs.readFileSync(path.join('dist', f));
  const sizes = [buf.length, zlib.gzipSync(buf, { level: 9 }).length,
    zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  sizes.forEach((n, i) => (total[i] += n));
  row(f, sizes);
}
row('total', total);
}
JS
