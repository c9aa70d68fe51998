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

/** The data block holding the hex of the WebAssembly's first bytes in the visitors' page
 * (written by scripts/post-build.mjs, read by src/wasm_head.js). */
export const wasmHeadBlock = (hex) => `<script type="application/octet-stream" id="wasm-head">${hex}</script>`;

/** The hex that `html`'s [wasmHeadBlock] holds, or null. */
export const wasmHead = (html) => html.match(/<script type="application\/octet-stream" id="wasm-head">([0-9a-f]*)<\/script>/)?.[1] ?? null;

/** `[{ file, bytes }]` for `page` in `dist`: referenced files, then `page <style>`/`<script>`, then
 * the WebAssembly's first bytes as the page holds them (`page <wasm>`: hex, counted as served). */
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
