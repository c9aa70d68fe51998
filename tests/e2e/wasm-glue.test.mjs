// The build steps between the visitors' WebAssembly and its glue (scripts/wasm-glue.mjs): short
// import and export names, and wasm-streams' unused classes dropped. A small module and glue written here
// are rewritten and the result checked by the engine's own reader (Node's WebAssembly), so a
// wrong byte in a rewritten section fails here, not in a visitor's page. The app starting at all
// in every other test checks the shipped build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortExportNames, shortImportNames, withoutStreamClasses } from '../../scripts/wasm-glue.mjs';
import { TIMEOUT } from './harness.mjs';

const bytes = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
const text = (s) => bytes([Buffer.byteLength(s)], Buffer.from(s));
const section = (id, body) => bytes([id, body.length], body);

/**
 * A module importing `imports` ([module, field] pairs, each a function of no arguments) and
 * exporting the first of them under each name of `exports`.
 */
function moduleImporting(imports, exports = []) {
  const type = section(1, bytes([1, 0x60, 0, 0]));
  const list = section(2, bytes([imports.length], ...imports.map(([m, f]) => bytes(text(m), text(f), [0, 0]))));
  const out = exports.length ? section(7, bytes([exports.length], ...exports.map((e) => bytes(text(e), [0, 0])))) : bytes();
  return bytes([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0], type, list, out);
}

const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_hash_20c2dd23244d8e75: function() { return 1; },
        __wbindgen_throw_0123456789abcdef: function() { throw new Error(); },
    };
    return {
        __proto__: null,
        "./app-1_bg.js": import0,
        "./__wasm_split.js": import1,
    };
}`;

test('imports from the glue get short names in the module and the glue alike; others are kept', { timeout: TIMEOUT }, () => {
  const wasm = moduleImporting([
    ['./app-1_bg.js', '__wbg_hash_20c2dd23244d8e75'],
    ['./__wasm_split.js', 'load_detail'],
    ['./app-1_bg.js', '__wbindgen_throw_0123456789abcdef'],
  ]);
  const short = shortImportNames(wasm, GLUE, 'app-1');
  assert.equal(short.count, 2);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(short.wasm)), [
    { module: 'w', name: 'a', kind: 'function' },
    { module: './__wasm_split.js', name: 'load_detail', kind: 'function' },
    { module: 'w', name: 'b', kind: 'function' },
  ]);
  assert.match(short.glue, /\n {8}a: function\(\) \{ return 1; \},\n {8}b: function\(\) \{ throw new Error\(\); \},/);
  assert.match(short.glue, /"w": import0,\n {8}"\.\/__wasm_split\.js": import1,/);
  assert.doesNotMatch(short.glue, /__wbg_hash|__wbindgen_throw|app-1_bg/);
});

test('a glue written differently stops the build with a message naming what it did not find', { timeout: TIMEOUT }, () => {
  const wasm = moduleImporting([['./app-1_bg.js', '__wbg_hash_20c2dd23244d8e75']]);
  assert.throws(() => shortImportNames(wasm, GLUE.replace('"./app-1_bg.js"', '"./other_bg.js"'), 'app-1'),
    /the glue does not name \.\/app-1_bg\.js once as its import object/);
  assert.throws(() => shortImportNames(wasm, GLUE.replace('__wbg_hash_20c2dd23244d8e75:', '"__wbg_hash_20c2dd23244d8e75":'), 'app-1'),
    /the glue has 0 keys __wbg_hash_20c2dd23244d8e75 where one was expected/);
  assert.throws(() => shortImportNames(wasm, `${GLUE}\nconst used = import0.__wbg_hash_20c2dd23244d8e75;`, 'app-1'),
    /the glue uses __wbg_hash_20c2dd23244d8e75 elsewhere than as its key/);
  assert.throws(() => shortImportNames(Buffer.from('not wasm'), GLUE, 'app-1'), /not a WebAssembly module/);
});

/** wasm-bindgen's glue for a class `name`, as it writes one: the class, its dispose line, its registry. */
const streamClass = (name) => ({
  body: `export class ${name} {\n    free() {\n        wasm.__wbg_${name.toLowerCase()}_free(this.__wbg_ptr, 0);\n    }\n}\nif (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`,
  registry: `const ${name}Finalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_${name.toLowerCase()}_free(ptr >>> 0, 1));\n`,
});
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'].map(streamClass);
const STREAM_GLUE = `${CLASSES.map((c) => c.body).join('\n')}\nexport function start() {}\n${CLASSES.map((c) => c.registry).join('')}let wasm;\n`;

test('wasm-streams\' classes leave the glue, and their exports the module; the rest stays', { timeout: TIMEOUT }, () => {
  const wasm = moduleImporting([['w', 'a']], ['intounderlyingsink_close', '__wbg_intounderlyingsource_free', '__wbindgen_malloc', 'main']);
  const lean = withoutStreamClasses(wasm, STREAM_GLUE);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(lean.wasm)).map((e) => e.name), ['__wbindgen_malloc', 'main']);
  assert.equal(lean.glue, '\n\n\nexport function start() {}\nlet wasm;\n');
});

test('stream classes written differently stop the build with a message naming what was not found', { timeout: TIMEOUT }, () => {
  const wasm = moduleImporting([['w', 'a']], ['main']);
  assert.throws(() => withoutStreamClasses(wasm, STREAM_GLUE.replace(CLASSES[1].registry, '')),
    /stream classes: the glue has 0 of \/const IntoUnderlyingSinkFinalization/);
  assert.throws(() => withoutStreamClasses(wasm, `${STREAM_GLUE}IntoUnderlyingSource.prototype.extra = 1;\n`),
    /stream classes: the glue still names one after their removal/);
});

test('exports the glue calls get short names in both; the loader\'s and unused ones keep theirs', { timeout: TIMEOUT }, () => {
  const wasm = moduleImporting([['w', 'a']], ['__wbindgen_malloc', '_a', '__indirect_function_table', '__wbindgen_free', 'invoke_true_', 'invoke_true__1_']);
  const glue = 'const p = wasm.__wbindgen_malloc(8); wasm.__wbindgen_malloc(p);\nfunction invoke_true_(x) { wasm.invoke_true_(x); wasm.invoke_true__1_(x); }\nwasm.__indirect_function_table.get(0);\n';
  const short = shortExportNames(wasm, glue, 'exports.__indirect_function_table');
  assert.equal(short.count, 3);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(short.wasm)).map((e) => e.name),
    ['_b', '_a', '__indirect_function_table', '__wbindgen_free', '_c', '_d']);
  assert.equal(short.glue, 'const p = wasm._b(8); wasm._b(p);\nfunction invoke_true_(x) { wasm._c(x); wasm._d(x); }\nwasm.__indirect_function_table.get(0);\n');
  assert.throws(() => shortExportNames(wasm, `${glue}instance.exports["__wbindgen_malloc"];\n`, ''),
    /export names: the glue names __wbindgen_malloc other than as wasm.__wbindgen_malloc/);
});
