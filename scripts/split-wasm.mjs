// The visitors' WebAssembly split into a main module and chunks that load the first time their
// screen is shown (src/chunks.rs; docs/decisions.md, docs/size.md). Called by post-build.mjs.
//
// trunk 0.21 cannot split: it runs wasm-bindgen and wasm-opt on the whole module. When the app was
// built with its split points (`--cfg daumoc_split`, scripts/release-cargo/cargo), trunk's glue
// imports a placeholder for the splitter's loader, so the page could not start. This step redoes
// trunk's work from cargo's linked module:
// 1. wasm-split-cli (crate wasm_split_cli_support, installed by scripts/bootstrap.sh) splits it
//    into the main module, a module per split point and their shared chunks, and writes the loader;
// 2. wasm-bindgen, as trunk runs it, on the main module (keeping the exports the chunks import),
//    then short names for the module's imports from the glue and for the exports the glue calls,
//    in both, and without the stream classes nothing uses (wasm-glue.mjs);
// 3. wasm-opt with trunk's arguments on every module (chunks without `--zero-filled-memory`: their
//    memory is the main module's, not fresh);
// 4. the main module and the glue replace trunk's (the page's integrity attribute follows), and
//    every chunk is named by its content's hash, as trunk names files, with the loader following.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { shortExportNames, shortImportNames, withoutStreamClasses } from './wasm-glue.mjs';

/** The splitter's loader, as the glue imports it. */
export const LOADER = '__wasm_split.js';
// Where scripts/release-cargo/cargo links the split build.
const LINKED = 'target/release-split/wasm32-unknown-unknown/release/daumoc.wasm';

const integrity = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
// The tools' warnings about the name section a split module carries are noise; a failure
// throws with everything the tool said.
function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    throw new Error(`split build: ${tool} failed:\n${error.stderr ?? ''}${error.stdout ?? ''}${error.message}`);
  }
}

/** Whether trunk's glue (its text) belongs to a build with split points. */
export function isSplitBuild(glue) {
  return glue.includes('"__wasm_split_placeholder__"');
}

/**
 * Splits the app in `staging`, where trunk wrote `glue` and `wasm` (file names) and the `page`
 * that loads them; `optArgs` are trunk's wasm-opt arguments. Returns the page with the main
 * module's integrity, and for each split point the chunk files it needs, in loading order.
 */
export function splitWasm({ staging, page, glue, wasm, optArgs }) {
  const linked = path.resolve(LINKED);
  if (!fs.existsSync(linked)) throw new Error(`split build: no linked module at ${linked} (build with scripts/build.sh)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daumoc-split-'));
  try {
    const stem = glue.replace(/\.js$/, '');
    run('wasm-split-cli', [linked, path.join(tmp, 'split'), '--target', 'web', '--out-name', stem]);
    run('wasm-bindgen', ['--target=web', `--out-dir=${path.join(tmp, 'bindgen')}`, `--out-name=${stem}`,
      '--no-typescript', '--keep-lld-exports', path.join(tmp, 'split', `${stem}.wasm`)]);
    const bindgen = (file) => path.join(tmp, 'bindgen', file);
    let loader = fs.readFileSync(path.join(tmp, 'split', LOADER), 'utf8');
    const short = shortImportNames(fs.readFileSync(bindgen(`${stem}_bg.wasm`)), fs.readFileSync(bindgen(`${stem}.js`), 'utf8'), stem);
    const lean = withoutStreamClasses(short.wasm, short.glue);
    const named = shortExportNames(lean.wasm, lean.glue, loader);
    fs.writeFileSync(bindgen(`${stem}_bg.wasm`), named.wasm);
    fs.writeFileSync(bindgen(`${stem}.js`), named.glue);
    const optimised = (input, args) => {
      const output = path.join(tmp, 'opt.wasm');
      run('wasm-opt', [`--output=${output}`, ...args, input]);
      return fs.readFileSync(output);
    };
    const before = fs.readFileSync(path.join(staging, wasm));
    const main = optimised(bindgen(`${stem}_bg.wasm`), optArgs);
    if (!page.includes(integrity(before))) throw new Error(`split build: no integrity attribute for ${wasm} where expected`);
    fs.writeFileSync(path.join(staging, wasm), main);
    fs.copyFileSync(bindgen(`${stem}.js`), path.join(staging, glue));

    const chunkArgs = optArgs.filter((a) => a !== '--zero-filled-memory');
    for (const name of fs.readdirSync(path.join(tmp, 'split'))) {
      if (!name.endsWith('.wasm') || name === `${stem}.wasm`) continue;
      const bytes = optimised(path.join(tmp, 'split', name), chunkArgs);
      const hashed = `${name.replace(/\.wasm$/, '')}-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
      fs.writeFileSync(path.join(staging, hashed), bytes);
      if (!loader.includes(`"./${name}"`)) throw new Error(`split build: the loader does not name ${name}`);
      loader = loader.replaceAll(`"./${name}"`, `"./${hashed}"`);
    }
    fs.writeFileSync(path.join(staging, LOADER), loader);
    return { page: page.replace(integrity(before), integrity(main)), chunks: chunkFiles(loader) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** For each split point the loader exports, the files it fetches: its shared chunks, then its own. */
export function chunkFiles(loader) {
  const statements = loader.split(/^(?=(?:export )?const )/m);
  const files = new Map();
  const result = {};
  for (const statement of statements) {
    const name = statement.match(/^(?:export )?const (\w+) = /)?.[1];
    if (!name) continue;
    const own = [...statement.matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((m) => m[1]);
    const deps = statement.match(/, \[([\w, ]*)\]\)\)?;\s*$/)?.[1].split(',').map((d) => d.trim()).filter(Boolean) ?? [];
    const all = [...deps.flatMap((d) => files.get(d) ?? []), ...own];
    files.set(name, all);
    const split = name.match(/^__wasm_split_load_(.+)$/)?.[1];
    if (split) result[split] = all;
  }
  return result;
}
