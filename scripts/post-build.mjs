// trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced):
// 0. minifies the stylesheet (comments and indentation) and the editors' wasm-bindgen glue (esbuild);
// 1. moves trunk's inline wasm loader: on the visitors' page, bundled with the glue into one
//    module at the end of the page, after the wasm's first 256 KiB as text (the rest stays a file:
//    wasmInPage); on the editors' page, into a file (either way allowed by the strict
//    Content-Security-Policy of step 3, with no 'unsafe-inline');
// 2. puts the early script into the page (it hides the pre-rendered screen for views it does not
//    show and asks for the data files while the WebAssembly downloads), with the brand font's
//    rule (src/fonts.js);
// 3. writes the policy: the page's inline blocks are allowed by their hashes, nothing else inline;
// 4. puts the static, JavaScript-free list of the bundled dataset into the page's <noscript>, so
//    browsers without JavaScript and search engines get every event;
// 5. pre-renders the app's default view into the page (scripts/prerender.mjs), and puts the
//    stylesheet into the page, so a phone paints the real first screen from the HTML alone: on a
//    mobile link every further request before the first paint costs a round trip of half a
//    second (docs/decisions.md; DAUMOC_PRERENDER=0 skips the pre-rendering);
// 6. writes a service worker;
// 7. writes .gz and .br copies for static hosts that serve precompressed files.
//
// The editors' page (editor.html) is built by a second trunk run into target/editor-dist
// (scripts/build.sh runs it first): this hook then only moves its loader to a file and writes the
// same policy (steps 1 and 3), and the visitors' build copies its files into dist/ before the
// service worker is written, so the worker caches them too.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { buildSync, transformSync } from 'esbuild';
import { prerender } from './prerender.mjs';
import { inlineBlocks, wasmHeadBlock } from './page-code.mjs';
import { LOADER, isSplitBuild, splitWasm } from './split-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
// trunk writes every page as index.html; the editors' build renames it.
const editorBuild = path.basename(process.env.TRUNK_HTML_FILE ?? 'index.html') === 'editor.html';
if (editorBuild) fs.renameSync(path.join(staging, 'index.html'), path.join(staging, 'editor.html'));
const indexPath = path.join(staging, editorBuild ? 'editor.html' : 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

// A file the page loads by a hashed name with an integrity attribute, rewritten here: it gets a
// name of its new content's hash (a name is cached for a year, so a changed minifier's output
// must never reuse trunk's), and the page's reference and attribute follow. Returns the page,
// the new name and the new integrity.
function rewriteFile(page, name, before, after) {
  const integrity = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
  if (!page.includes(integrity(before))) throw new Error(`no integrity attribute for ${name} where expected`);
  const hash = crypto.createHash('sha256').update(after).digest('hex').slice(0, 16);
  const renamed = name.replace(/-[0-9a-f]+((?:_bg)?\.[a-z]+)$/, `-${hash}$1`);
  fs.rmSync(path.join(staging, name));
  fs.writeFileSync(path.join(staging, renamed), after);
  const rewritten = page.replace(integrity(before), integrity(after)).replaceAll(`./${name}`, `./${renamed}`);
  return { page: rewritten, name: renamed, integrity: integrity(after) };
}

// 0. The stylesheet without its comments and indentation (trunk minifies only with the page,
//    whose comments mark where this script writes), under a name of its own (rewriteFile).
let appCss = null;
for (const name of fs.readdirSync(staging).filter((f) => /^app-[0-9a-f]+\.css$/.test(f))) {
  const file = path.join(staging, name);
  const css = fs.readFileSync(file, 'utf8');
  const small = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .trim() + '\n';
  const rewritten = rewriteFile(html, name, css, small);
  html = rewritten.page;
  appCss = { name: rewritten.name, text: small };
}

// 0b. The editors' wasm-bindgen glue minified (esbuild): 58 KB raw, 9.1 KB gzip become 27 KB and
//     7.4 KB. The visitors' glue goes into the page with the loader (step 1).
for (const name of fs.readdirSync(staging).filter((f) => editorBuild && /^[a-z_]+-[0-9a-f]+\.js$/.test(f) && html.includes(`./${f}`))) {
  const code = fs.readFileSync(path.join(staging, name), 'utf8');
  if (!code.includes('__wbg_')) continue; // only the glue: the loader is step 1's
  html = rewriteFile(html, name, code, transformSync(code, { minify: true, format: 'esm', target: 'es2020' }).code).page;
}

// 1. The loader.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('trunk did not write its inline loader where expected');

// 1a. The visitors' WebAssembly split into chunks, when built with its split points
//     (scripts/split-wasm.mjs): for each split point, the files it loads (step 2 asks for them
//     early for a link that opens its screen).
let chunks = {};
if (!editorBuild) {
  const { glue, wasm } = loaderFiles(match[1]);
  if (isSplitBuild(fs.readFileSync(path.join(staging, glue.name), 'utf8'))) {
    const source = fs.readFileSync(path.join(process.cwd(), 'index.html'), 'utf8');
    const level = source.match(/data-wasm-opt="(\w+)"/)?.[1];
    const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
    if (!level || params === undefined) throw new Error('index.html has no wasm-opt level and parameters where expected');
    const split = splitWasm({ staging, page: html, glue: glue.name, wasm: wasm.name, optArgs: [`-O${level}`, ...params.split(/\s+/).filter(Boolean)] });
    html = split.page;
    chunks = split.chunks;
  }
}
// The loader also registers the service worker (written in step 6) and, on the editors' page,
// applies the brand font's rule (src/fonts.js) before the page renders. The editors' loader file
// is named by a hash of all of it, as the name is cached for a year.
const fonts = fs.readFileSync(path.join(process.cwd(), 'src/fonts.js'), 'utf8');
// Inline scripts' comments are for the source: every visitor's page carries only the code
// (whole-line comments and indentation dropped; line breaks kept, so no statement joins another).
const compact = (js) => js.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n');
// When the WebAssembly cannot go on (it did not load, or a panic trapped: the shipping build runs
// no panic hook), the notice the app rendered ahead is shown (src/components/stopped_notice.rs):
// the app's own, or the pre-rendered copy's when the app never started.
const stopped = `const stopped = () => {
  document.documentElement.dataset.state = 'error';
  const notice = document.getElementById('stopped') || document.getElementById('pr-stopped');
  if (!notice || !notice.hidden) return;
  const unsupported = typeof WebAssembly !== 'object';
  for (const p of notice.querySelectorAll(unsupported ? '.stopped__failed' : '.stopped__unsupported')) p.remove();
  // The copy's buttons wait for the app; these two do not.
  const reload = notice.querySelector('.stopped__reload');
  reload.removeAttribute('aria-disabled');
  reload.addEventListener('click', () => location.reload());
  const close = notice.querySelector('.stopped__close');
  close.removeAttribute('aria-disabled');
  close.addEventListener('click', () => { notice.hidden = true; });
  document.body.append(notice);
  notice.setAttribute('role', 'alert');
  notice.hidden = false;
};
const trapped = (error) => typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => trapped(event.error) && stopped());
addEventListener('unhandledrejection', (event) => trapped(event.reason) && stopped());
`;
const started = /const wasm = await init\((\{[^;]*\})\);/;
if (!started.test(match[1])) throw new Error('trunk\'s loader does not start the wasm where expected');
const loader = stopped + match[1].trim().replace(started, (_, options) =>
  `const wasm = await init(${options}).catch((error) => { stopped(); throw error; });`) + '\n'
  // Once the app runs (this follows the loader's `await init`), the page has loaded and the main
  // thread is idle: installing fetches files for offline use, which must not compete with the
  // page's own, and registering took about 12 ms of a slow phone's start-up task.
  + "if ('serviceWorker' in navigator) {\n"
  + "  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {});\n"
  + "  const idle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 500));\n"
  + "  if (document.readyState === 'complete') idle(); else addEventListener('load', idle);\n"
  // The worker keeps the editors' files only for those who open the editors' page (step 6).
  + (editorBuild ? "  navigator.serviceWorker.ready.then((r) => r.active && r.active.postMessage('cache-editor'));\n" : '')
  + "}\n"
  + (editorBuild ? fonts : '');
if (editorBuild) {
  const hash = crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16);
  const loaderName = `editor-start-${hash}.js`;
  fs.writeFileSync(path.join(staging, loaderName), loader);
  html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
} else {
  const wasm = wasmInPage(html, loader);
  const { page, script } = inlineLoader(wasm.page, wasm.code);
  // For browsers that cannot run the module (src/no_module.js); its comments stay in the source.
  const noModule = compact(fs.readFileSync(path.join(process.cwd(), 'src/no_module.js'), 'utf8'));
  html = page.replace(inline, '').replace('</body>', () => `${wasm.head}\n<script nomodule>${noModule}</script>\n${script}\n</body>`);
}

// The visitors' WebAssembly: its first 256 KiB in the page, as text in a data block at the
// end of the body (after everything that paints); the rest as a file named by its own hash, asked
// for by trunk's preload (its name and integrity rewritten). On the phone profile the link is
// idle from the page's last byte until the first byte of any file the page asks for, a round
// trip later; the page's own bytes fill that time, and the app is ready about 0.4 s sooner.
// One character a byte (scripts/page-code.mjs), so the page's compression still finds the
// module's repeats: 256 KiB of module cost about 6.5 KB more brotli in the page than in the file
// (hex cost 12 KB, base64 five times that). src/wasm_head.js joins the two for the browser's
// compiler. DAUMOC_WASM_HEAD sets the size (0: the whole module as a file). docs/decisions.md.
function wasmInPage(page, code) {
  const headBytes = Number(process.env.DAUMOC_WASM_HEAD ?? 256 * 1024);
  const { wasm } = loaderFiles(code, ['wasm']);
  const bytes = fs.readFileSync(path.join(staging, wasm.name));
  const head = bytes.subarray(0, headBytes);
  const tail = bytes.subarray(head.length);
  const file = rewriteFile(page, wasm.name, bytes, tail);
  const start = fs.readFileSync(path.join(process.cwd(), 'src/wasm_head.js'), 'utf8');
  return {
    page: file.page,
    code: `${start}\n${code.replace(wasm.text, () => `module_or_path: wasmSource('./${file.name}', '${file.integrity}')`)}`,
    head: wasmHeadBlock(head),
  };
}

// The glue and the wasm that trunk's visitors' loader (`code`) names: each file's name and the
// text of the loader that names it (step 1a, wasmInPage and inlineLoader read the same loader;
// the wasm's name is gone from it once wasmInPage has rewritten it). Throws for one not named.
function loaderFiles(code, wanted = ['glue', 'wasm']) {
  const patterns = { glue: /from '\.\/([a-z_]+-[0-9a-f]+\.js)'/, wasm: /module_or_path: '\.\/(daumoc-[0-9a-f]+_bg\.wasm)'/ };
  return Object.fromEntries(wanted.map((kind) => {
    const found = code.match(patterns[kind]);
    if (!found) throw new Error(`trunk's loader does not name the ${kind} where expected`);
    return [kind, { name: found[1], text: found[0] }];
  }));
}

// The visitors' loader and wasm-bindgen's glue, minified into one module written at the end of
// the page: on a phone the link is idle from the page's last byte to the wasm's first (one round
// trip), and 7 KB of glue fetched as a file shared the wasm's download instead (docs/size.md).
// The page is revalidated (a 304 while the build is the same), so a later visit does not fetch
// them again either. Trunk's `window.wasmBindings` goes: nothing calls the app from JavaScript,
// and without it esbuild drops the glue's unused exports. Returns the page without the glue's
// preload, and the script.
function inlineLoader(page, code) {
  const { glue } = loaderFiles(code, ['glue']);
  const preload = new RegExp(`<link rel="modulepreload" href="\\./${glue.name.replace('.', '\\.')}"[^>]*>\\s*`);
  if (!preload.test(page)) throw new Error(`no modulepreload of ${glue.name} where expected`);
  const contents = code.replace(/^window\.wasmBindings = bindings;$/m, '');
  const bundle = buildSync({
    stdin: { contents, resolveDir: staging, sourcefile: 'loader.js' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error',
  }).outputFiles[0].text;
  if (bundle.includes('</script')) throw new Error('the loader bundle would end its <script> early');
  fs.rmSync(path.join(staging, glue.name));
  fs.rmSync(path.join(staging, LOADER), { force: true }); // bundled with the glue, when split
  return { page: page.replace(preload, ''), script: `<script type="module">${bundle.trim()}</script>` };
}

// 2. The early script, with the bundled data files to ask for (the visitors' page only), inline:
//    as a file it held the parser for a round trip.
const indexFile = path.join(staging, 'data/index.json');
const dataFiles = fs.existsSync(indexFile)
  ? ['data/index.json', ...(JSON.parse(fs.readFileSync(indexFile, 'utf8')).files ?? []).map(({ file }) => path.posix.join('data', file))]
  : [];
const early = editorBuild ? '' : fs.readFileSync(path.join(process.cwd(), 'src/early.js'), 'utf8')
  .replace('/*DATA_FILES*/[]', JSON.stringify(dataFiles))
  .replace('/*CHUNKS*/{}', JSON.stringify(chunks));
// The brand font's rule (src/fonts.js) runs with it, before the first paint. Their comments are
// for the source: every visitor's page carries only the code (`compact`, above).
html = html.replace('<!-- early -->', editorBuild ? '' : `<script>${compact(early + fonts)}</script>`);

// 3. The policy. WebAssembly needs 'wasm-unsafe-eval'; everything else comes from this origin,
// but the page's own inline blocks, each allowed by its hash (never 'unsafe-inline').
// frame-ancestors cannot be set from a <meta>: the web server sends it (docs/security.md), and
// newsrooms may embed the page anywhere anyway.
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const inlineHashes = (page, tag) => inlineBlocks(page, tag).map(sha256);
function withPolicy(page) {
  const scripts = inlineHashes(page, 'script');
  const styles = inlineHashes(page, 'style');
  const policy = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  return page.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
if (editorBuild) {
  // The editors' page works offline too: the visitors' build writes the worker that caches it.
  html = withPolicy(html);
  fs.writeFileSync(indexPath, html);
  process.exit(0);
}

// 4. The static list, rendered by the core through the CLI (skipped for a dataset-less build).
//    The CLI reads the index as the app does: every event of every file it lists, merged.
const dataset = path.join(process.cwd(), 'public/data/index.json');
if (fs.existsSync(dataset) && html.includes('<!-- static-list -->')) {
  const fragment = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'daumoc-cli', '--', 'export', '--to', 'html', '--fragment', '--media-base', 'data/', dataset], { encoding: 'utf8' });
  html = html.replace('<!-- static-list -->', `<noscript><div id="static-list" class="static-list">\n${fragment}\n</div></noscript>`);
}
fs.writeFileSync(indexPath, html);

// 5. The pre-rendered first screen, then the stylesheet (the app's and the copy's) into the page.
let prerenderCss = '';
// The copy's notice for a WebAssembly that cannot go on (src/components/stopped_notice.rs), which
// the editors' page receives too: its own app renders it only once it runs.
let stoppedNotice = null;
if (process.env.DAUMOC_PRERENDER !== '0' && dataFiles.length && html.includes('<!-- prerender -->')) {
  const { markup, css } = await prerender(staging);
  prerenderCss = css + '\n';
  stoppedNotice = markup.match(/<section [^>]*id="pr-stopped"[^>]*>[\s\S]*?<\/section>/)?.[0] ?? null;
  if (!stoppedNotice) throw new Error('the pre-rendered copy holds no #pr-stopped notice');
  html = html.replace('<!-- prerender -->', `<div id="prerender" class="prerender">${markup}</div>`);
  // No frame before the copy's first card is parsed: on a slow link the parser gets the page in
  // pieces, and each frame in between laid out a screen without an event (docs/decisions.md).
  // The year after the first card's is named: Chromium 156 lets the first frame through about
  // when the parser meets the named element, not when its end is parsed as the specification says.
  const years = [...markup.matchAll(/<li class="year" id="(pr-year-[^"]+)"/g)].map((m) => m[1]);
  if (!years.length) throw new Error('the pre-rendered copy holds no year (li.year with an id)');
  html = html.replace('<link rel="icon"', `<link rel="expect" href="#${years[1] ?? years[0]}" blocking="render">\n  <link rel="icon"`);
}
if (!appCss) throw new Error('trunk wrote no app-<hash>.css');
const link = new RegExp(`<link rel="stylesheet" href="\\./${appCss.name.replace('.', '\\.')}"[^>]*>`);
if (!link.test(html)) throw new Error(`no <link> to ${appCss.name} where expected`);
html = html.replace(link, () => `<style>${appCss.text}${prerenderCss}</style>`);
// The editors' page (built before, copied in below) links the file; visitors never ask for it.
fs.rmSync(path.join(staging, appCss.name));
// The WebAssembly first in <head>: it is the longest download, and the browser asks for files
// in the order it finds them.
const preloads = html.match(/<link rel="preload"[^>]*as="fetch" type="application\/wasm">/);
if (!preloads) throw new Error('trunk did not write its preloads where expected');
html = html.replace(preloads[0], '').replace('<link rel="icon"', `${preloads[0]}\n  <link rel="icon"`);
fs.writeFileSync(indexPath, withPolicy(html));

// The editors' page, built just before into target/editor-dist (scripts/build.sh): its files join
// the visitors' build (not the data, which is the same).
const editorDist = path.resolve(process.env.DAUMOC_EDITOR_DIST ?? 'target/editor-dist');
// What only the editors' page uses: its page, its files, and its import worker's files, which
// the page does not name (its code starts the worker).
const editorCopied = [];
if (fs.existsSync(path.join(editorDist, 'editor.html'))) {
  for (const entry of fs.readdirSync(editorDist, { withFileTypes: true })) {
    if (entry.isFile() && !fs.existsSync(path.join(staging, entry.name))) {
      fs.copyFileSync(path.join(editorDist, entry.name), path.join(staging, entry.name));
      editorCopied.push(entry.name);
    }
  }
  // Plain markup, no inline code: the editors' page's policy is unchanged.
  const editorPage = path.join(staging, 'editor.html');
  if (stoppedNotice) {
    fs.writeFileSync(editorPage, fs.readFileSync(editorPage, 'utf8').replace('</body>', () => `${stoppedNotice}\n</body>`));
  }
} else {
  console.warn(`post-build: no editors' page in ${editorDist} (scripts/build.sh builds it first)`);
}

// 6. Offline: a service worker that caches the app and the bundled data (index.json and the
//    files it lists) on the first visit.
//    Its cache name is a hash of every file it caches, so a new build replaces the old cache.
const listFiles = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]);
const cached = listFiles(staging)
  .filter((f) => /\.(html|js|wasm|css|json|svg|woff2)$/.test(f) && !f.endsWith('schema.json') && !f.endsWith('embed.js'))
  .map((f) => path.relative(staging, f).split(path.sep).join('/'))
  .sort();
// Every file the index lists must be cached too, or the app would lose those events offline.
// Paths in the index are relative to it and never leave its folder (the core refuses others).
if (fs.existsSync(indexFile)) {
  for (const { file } of JSON.parse(fs.readFileSync(indexFile, 'utf8')).files ?? []) {
    const listed = path.posix.join('data', file);
    if (!cached.includes(listed)) throw new Error(`data/index.json lists ${file}, which the build does not hold or cache`);
  }
}
// The editors' page and its files are cached only when that page asks (its loader posts
// 'cache-editor'): a visitor's phone never downloads the editors' megabyte of WebAssembly. They
// are the files copied in from the editors' build: its page, what the page names, and the import
// worker's loader, glue and wasm, which the page's code starts.
const editorOnly = new Set(editorCopied.filter((f) => cached.includes(f)));
if (editorOnly.size && !editorCopied.some((f) => /^import_worker.*_loader\.js$/.test(f))) {
  throw new Error(`the editors' build in ${editorDist} has no import worker loader (import_worker…_loader.js): `
    + 'it is older than this one; build both pages with `bash scripts/build.sh`');
}
const version = crypto.createHash('sha256');
for (const f of cached) version.update(f).update(fs.readFileSync(path.join(staging, f)));
const worker = `// Generated by scripts/post-build.mjs. Caches the app for offline use; network first for the page
// and the data (so updates arrive when online), cache first for the hashed files. The editors'
// files are cached when the editors' page asks for them.
const CACHE = 'daumoc-${version.digest('hex').slice(0, 16)}';
const FILES = ${JSON.stringify(['./', ...cached.filter((f) => !editorOnly.has(f)).map((f) => './' + f)])};
const EDITOR_FILES = ${JSON.stringify([...editorOnly].sort().map((f) => './' + f))};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('message', (event) => {
  if (event.data !== 'cache-editor') return;
  event.waitUntil(caches.open(CACHE).then((cache) =>
    Promise.all(EDITOR_FILES.map((f) => cache.match(f).then((hit) => hit || cache.add(f))))));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('daumoc-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
// The visitors' page is one static file whatever its query (?event=, ?q=, ?embed=1…), and it
// carries the start of the WebAssembly: asked for without the query, a link with a new query gets
// a 304 from the browser's cache instead of the whole page again.
const PAGE_PATHS = [new URL('./', location).pathname, new URL('./index.html', location).pathname];
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const fresh = request.mode === 'navigate' || request.url.endsWith('.json');
  const asked = request.mode === 'navigate' && PAGE_PATHS.includes(url.pathname) ? new Request(url.origin + url.pathname) : request;
  event.respondWith(fresh
    ? fetch(asked).then((response) => {
        if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((c) => c.put(asked, copy)); }
        return response;
      }).catch(() => caches.match(asked, { ignoreSearch: request.mode === 'navigate' }))
    : caches.match(request).then((hit) => hit || fetch(request)));
});
`;
fs.writeFileSync(path.join(staging, 'sw.js'), worker); // registered by the loader (step 1)

// 7. Precompressed copies.
const compressible = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? compressible(path.join(dir, entry.name)) : [path.join(dir, entry.name)]);
for (const full of compressible(staging)) {
  if (!/\.(wasm|js|css|html|json|svg)$/.test(full)) continue;
  const body = fs.readFileSync(full);
  fs.writeFileSync(full + '.gz', zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(full + '.br', zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
