#!/usr/bin/env bash
# Prints the size of the release bundle (raw, gzip -9 and brotli): what a visitor downloads,
# then the editors' page (editor.html and its files), which visitors never load.
set -euo pipefail
cd "$(dirname "$0")/.."
node - <<'JS'
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const all = fs.readdirSync('dist').filter((f) => /\.(wasm|js|css|html)$/.test(f)).sort();
const editor = (f) => f.startsWith('editor');
for (const [title, files] of [['visitors', all.filter((f) => !editor(f))], ["editors' page", all.filter(editor)]]) {
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
