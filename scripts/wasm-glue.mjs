// The interface between the visitors' WebAssembly and wasm-bindgen's glue, made smaller. The
// three steps run in split-wasm.mjs between wasm-bindgen and wasm-opt; docs/size.md has the bytes saved.
//
// Short import names: wasm-bindgen names each import after its Rust binding plus a 16-digit hash
// (`__wbg_replaceState_1dad4255f11a05e4`), from a module named after the glue's file: 213 imports
// spelt out twice, once in the module's import section and once as keys in the glue's import
// object, where no minifier can shorten them (they are property names the module looks up).
// Here both get the same short names (`a`, `b`, … `aa`…), the module `w`.
//
// Short export names: the glue calls the module's exports as `wasm.<name>`, a property no
// minifier can shorten either (`__wbindgen_malloc` 18 times, closures' names of up to 334
// characters). Those the glue calls get short names too (`_a`, `_b`…); the ones the splitter's
// loader looks up (its memory, table and shared chunk) keep theirs.
//
// Classes nothing uses: Leptos links server_fn, which links wasm-streams, whose three classes
// (`IntoUnderlyingSource`, `IntoUnderlyingSink`, `IntoUnderlyingByteSource`) wasm-bindgen exports
// from the module and writes into the glue, with their stream code. This app calls no server
// function and never hands a Rust stream to JavaScript. Their exports go, so wasm-opt drops the
// code behind them, and so do their classes in the glue.
import { Buffer } from 'node:buffer';

const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/** A cursor over `buf`: unsigned LEB128 numbers and length-prefixed UTF-8 names. */
function cursor(buf, at = 0) {
  const c = {
    at,
    number() {
      let result = 0;
      let shift = 0;
      let byte;
      do {
        byte = buf[c.at++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return result;
    },
    text() {
      const n = c.number();
      c.at += n;
      return buf.subarray(c.at - n, c.at).toString();
    },
  };
  return c;
}

/** The module's sections, in order: `{ id, body }`. */
function sections(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-glue: not a WebAssembly module');
  const out = [];
  const c = cursor(wasm, 8);
  while (c.at < wasm.length) {
    const id = wasm[c.at++];
    const size = c.number();
    out.push({ id, body: wasm.subarray(c.at, c.at + size) });
    c.at += size;
  }
  return out;
}

/**
 * The import section `body` with every import of module `from` renamed through `rename`
 * (its old field name → the new one) and moved to module `to`.
 */
function renamedImports(body, from, to, rename) {
  const c = cursor(body);
  const count = c.number();
  const parts = [leb(count)];
  for (let i = 0; i < count; i++) {
    const module = c.text();
    const field = c.text();
    const start = c.at;
    const kind = body[c.at++];
    // The import's description, copied as it is: a type index, a table, a memory or a global.
    if (kind === 0) c.number();
    else if (kind === 1) { c.at++; if (c.number() & 1) c.number(); c.number(); }
    else if (kind === 2) { if (c.number() & 1) c.number(); c.number(); }
    else if (kind === 3) c.at += 2;
    else throw new Error(`import names: import ${field} has an unknown kind ${kind}`);
    const mine = module === from;
    parts.push(name(mine ? to : module), name(mine ? rename(field) : field), body.subarray(start, c.at));
  }
  return Buffer.concat(parts);
}

/** The export section `body` as its entries: each export's name and its kind and index, as bytes. */
function exportEntries(body) {
  const c = cursor(body);
  return Array.from({ length: c.number() }, () => {
    const field = c.text();
    const start = c.at;
    c.at++; // the kind
    c.number(); // the index
    return { field, rest: body.subarray(start, c.at) };
  });
}

/** An export section holding `entries` (as [exportEntries] reads them). */
const exportSection = (entries) => Buffer.concat([leb(entries.length), ...entries.flatMap((e) => [name(e.field), e.rest])]);

/** The module's export section's body (empty if it has none). */
const exportBody = (wasm) => sections(wasm).find((s) => s.id === 7)?.body ?? Buffer.from([0]);

/** `wasm` with each section's body replaced by `rewrite(id, body)`. */
function withSections(wasm, rewrite) {
  const rebuilt = [wasm.subarray(0, 8)];
  for (const { id, body } of sections(wasm)) {
    const out = rewrite(id, body);
    rebuilt.push(Buffer.from([id]), leb(out.length), out);
  }
  return Buffer.concat(rebuilt);
}

const shortName = (i) => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
};

/**
 * `wasm` (a Buffer) and `glue` (wasm-bindgen's `--target web` glue for it, as text) with the
 * imports from the glue's module (`./<stem>_bg.js`) renamed to short names in both. Throws if
 * the glue does not hold each name once as a key of its import object, so a wasm-bindgen that
 * writes its glue differently stops the build instead of shipping a page that cannot start.
 */
export function shortImportNames(wasm, glue, stem) {
  const from = `./${stem}_bg.js`;
  const to = 'w';
  const objectKey = `"${from}": import0`;
  if (glue.split(objectKey).length !== 2) throw new Error(`import names: the glue does not name ${from} once as its import object`);
  const renames = new Map();
  const rename = (field) => {
    if (!renames.has(field)) renames.set(field, shortName(renames.size));
    return renames.get(field);
  };
  const rebuilt = withSections(wasm, (id, body) => (id === 2 ? renamedImports(body, from, to, rename) : body));
  let renamed = glue.replace(objectKey, `"${to}": import0`);
  for (const [long, short] of renames) {
    const key = new RegExp(`(^|[{,\\s])${long}:`, 'g');
    const found = renamed.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`import names: the glue has ${found} keys ${long} where one was expected`);
    renamed = renamed.replace(key, (_, before) => `${before}${short}:`);
    if (renamed.includes(long)) throw new Error(`import names: the glue uses ${long} elsewhere than as its key`);
  }
  return { wasm: rebuilt, glue: renamed, count: renames.size };
}

const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/**
 * `wasm` and `glue` without wasm-streams' classes: their exports (named `intounderlying…` and
 * `__wbg_intounderlying…_free`) and, in the glue, each class, the line giving it
 * `Symbol.dispose` and its finalization registry. Throws if the glue does not hold each of those
 * once, or still names a class after, so a wasm-bindgen that writes them differently stops the
 * build rather than leave the glue calling exports that are gone.
 */
export function withoutStreamClasses(wasm, glue) {
  let out = glue;
  for (const name of STREAM_CLASSES) {
    const parts = [
      new RegExp(`export class ${name} \\{[\\s\\S]*?\\n\\}\\n`),
      `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`,
      new RegExp(`const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*;\\n`),
    ];
    for (const part of parts) {
      const found = typeof part === 'string' ? out.split(part).length - 1 : (out.match(new RegExp(part, 'g')) ?? []).length;
      if (found !== 1) throw new Error(`stream classes: the glue has ${found} of ${part} where one was expected`);
      out = out.replace(part, '');
    }
  }
  if (/IntoUnderlying|intounderlying/.test(out)) throw new Error('stream classes: the glue still names one after their removal');
  const drop = (field) => /^(__wbg_)?intounderlying/.test(field);
  const kept = (body) => exportSection(exportEntries(body).filter((e) => !drop(e.field)));
  return { wasm: withSections(wasm, (id, body) => (id === 7 ? kept(body) : body)), glue: out };
}

/**
 * `wasm` and `glue` with each export the glue calls as `wasm.<name>` renamed to a short name in
 * both, except those named in `loader` (the splitter's loader, which looks some up itself).
 * Throws if the glue names a renamed export in any other way after the renaming (as a string,
 * or through another object), so a glue written differently stops the build.
 */
export function shortExportNames(wasm, glue, loader) {
  const names = exportEntries(exportBody(wasm)).map((e) => e.field);
  const escape = (n) => n.replace(/[$]/g, '\\$');
  const called = (n) => new RegExp(`\\bwasm\\.${escape(n)}(?![\\w$])`, 'g');
  const renames = new Map();
  let next = 0;
  let out = glue;
  for (const n of names) {
    if (n.length <= 2 || loader.includes(n) || !called(n).test(out)) continue;
    let short;
    do short = `_${shortName(next++)}`; while (names.includes(short));
    renames.set(n, short);
    out = out.replace(called(n), `wasm.${short}`);
    if (new RegExp(`[.'"\\[]${escape(n)}(?![\\w$])`).test(out)) {
      throw new Error(`export names: the glue names ${n} other than as wasm.${n}`);
    }
  }
  const renamed = (body) => exportSection(exportEntries(body).map((e) => ({ ...e, field: renames.get(e.field) ?? e.field })));
  return { wasm: withSections(wasm, (id, body) => (id === 7 ? renamed(body) : body)), glue: out, count: renames.size };
}
