#!/usr/bin/env bash
# Prints the size of the release bundle (raw, gzip -9 and brotli): what a visitor downloads,
# then the editors' page (editor.html, its files and its import worker's), which visitors never load.
set -euo pipefail
cd "$(dirname "$0")/.."
node --input-type=module - <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chunkFiles, pageCode } from './scripts/page-code.mjs';
// Each page, then the code it asks for or holds (scripts/page-code.mjs).
const pageFiles = (page) => fs.existsSync(path.join('dist', page))
  ? [{ file: page, bytes: fs.readFileSync(path.join('dist', page)) }, ...pageCode('dist', page)]
  : [];
const sw = { file: 'sw.js', bytes: fs.readFileSync('dist/sw.js') };
// The editors' import worker, which the page starts (it does not name its files): downloaded
// when an editor opens the first file.
const worker = fs.readdirSync('dist').filter((f) => /^import_worker.*\.(js|wasm)$/.test(f)).sort()
  .map((file) => ({ file, bytes: fs.readFileSync(path.join('dist', file)) }));
// The visitors' chunks load when a screen first opens (an event's detail, the anniversaries, the
// presentation), not with the page: listed apart.
for (const [title, files] of [['visitors', [...pageFiles('index.html'), sw]], ['visitors, when a screen first opens (chunks)', chunkFiles('dist')],
  ["editors' page", [...pageFiles('editor.html'), ...worker]]]) {
  if (!files.length) continue;
  console.log(`-- ${title}`);
  const total = [0, 0, 0];
  const row = (name, sizes) => console.log(name.padEnd(40), ...sizes.map((n, i) => `${String(n).padStart(8)} B ${['raw   ', 'gzip  ', 'brotli'][i]}`));
  for (const { file, bytes } of files) {
    const sizes = [bytes.length, zlib.gzipSync(bytes, { level: 9 }).length,
      zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    // The page's own blocks are already inside the page's bytes: listed, not added twice.
    if (!file.includes(' <')) sizes.forEach((n, i) => (total[i] += n));
    row(file, sizes);
  }
  row('total', total);
}
JS
