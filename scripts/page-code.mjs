// The code a page makes a visitor download: the wasm, JS and CSS files it asks for, and the
// stylesheet and script written into the page itself (counted apart from the page's markup, so
// moving code into the page never hides it from the size budget). Shared by
// scripts/size-report.sh and bench/bench.mjs; scripts/post-build.mjs hashes the same blocks.
import fs from 'node:fs';
import path from 'node:path';

/** The contents of `html`'s inline `<tag>` blocks (`style` or `script`: no attributes but a
 * module script's type, or `nomodule`). */
export const inlineBlocks = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}(?: type="module"| nomodule)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

// The WebAssembly's first bytes in the visitors' page, as text in a data block (#wasm-head,
// written by scripts/post-build.mjs, read by src/wasm_head.js): one character per byte, so the
// page's compression sees the module's own repeats and literals. A byte is XORed with the block's
// key, and the result is the character of that code (U+0001–U+00FF: one or two bytes of UTF-8),
// except for the codes HTML would not keep or a page rewriter might touch: NUL (replaced by the
// parser), CR (turned into LF), the whitespace a minifier may collapse, and '<' (which could end
// the block). Those become U+0100 onwards, by their place in UNSAFE. The key is the one that
// leaves the fewest of them (it stays below 0x80, so no code changes its number of UTF-8 bytes).
// Against hex (two characters a byte), the page is 6 KB brotli and 8 KB gzip smaller (docs/size.md).
const UNSAFE = [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x3c];
const ESCAPE = 0x100;

/** The data block holding `bytes` (a Buffer) as text. */
export function wasmHeadBlock(bytes) {
  const count = new Array(256).fill(0);
  for (const b of bytes) count[b]++;
  let key = 0;
  const left = (k) => UNSAFE.reduce((sum, code) => sum + count[code ^ k], 0);
  for (let k = 1; k < 0x80; k++) if (left(k) < left(key)) key = k;
  const codes = new Uint16Array(bytes.length);
  bytes.forEach((b, i) => {
    const code = b ^ key;
    const unsafe = UNSAFE.indexOf(code);
    codes[i] = unsafe < 0 ? code : ESCAPE + unsafe;
  });
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return `<script type="application/octet-stream" id="wasm-head" data-key="${key}" data-unsafe="${UNSAFE.join(',')}">${text}</script>`;
}

const BLOCK = /<script type="application\/octet-stream" id="wasm-head" data-key="(\d+)" data-unsafe="([\d,]+)">([^<]*)<\/script>/;

/** The text of `html`'s [wasmHeadBlock] as the page holds it (one character a byte), or null. */
export const wasmHead = (html) => html.match(BLOCK)?.[3] ?? null;

/** The WebAssembly chunks in `dist` (scripts/split-wasm.mjs), as `[{ file, bytes }]`: no page asks
 * for them; a screen's first opening loads its chunks (src/chunks.rs). */
export const chunkFiles = (dist) => fs.readdirSync(dist).filter((f) => /^(?:split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f)).sort()
  .map((file) => ({ file, bytes: fs.readFileSync(path.join(dist, file)) }));

/** `[{ file, bytes }]` for `page` in `dist`: referenced files, then `page <style>`/`<script>`, then
 * the WebAssembly's first bytes as the page holds them (`page <wasm>`: its text, counted as served). */
export function pageCode(dist, page, exclude = []) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.\/([^"?#]+\.(?:wasm|js|css))"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].filter((f) => !exclude.includes(f)).sort()
    .map((file) => ({ file, bytes: fs.readFileSync(path.join(dist, file)) }));
  for (const tag of ['style', 'script']) {
    const blocks = inlineBlocks(html, tag);
    if (blocks.length) files.push({ file: `${page} <${tag}>`, bytes: Buffer.from(blocks.join(''), 'utf8'), inline: tag });
  }
  const head = wasmHead(html);
  if (head !== null) files.push({ file: `${page} <wasm>`, bytes: Buffer.from(head, 'utf8'), inline: 'wasm' });
  return files;
}
