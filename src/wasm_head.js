// The app's WebAssembly for the visitors' loader (scripts/post-build.mjs puts this function into
// the page's module, before trunk's loader, which calls it instead of fetching the whole file).
// The first bytes of the module are in the page itself, as text in a data block (#wasm-head): on a
// mobile link every file the page asks for starts arriving a round trip after the page's first
// bytes, so the link would be idle until then; the page's own bytes fill that time. The rest of
// the module is the file `tail`, asked for by a preload in <head> and used here (the same mode,
// credentials and integrity, so the browser does not fetch it twice). Both are streamed to the
// browser's compiler as one module. docs/decisions.md has the measurements.
// Nothing here throws before the stream: a page whose block is missing or altered (a proxy that
// rewrites pages) makes the module fail to compile, and the loader shows the stopped notice.
function wasmSource(tail, integrity) {
  var rest = fetch(tail, { integrity: integrity });
  rest.catch(function () {}); // reported through the stream below, not as an unhandled rejection
  var body = new ReadableStream({
    async start(controller) {
      controller.enqueue(wasmHead());
      var response = await rest;
      if (!response.ok) throw new Error(tail + ': HTTP ' + response.status);
      var reader = response.body.getReader();
      for (;;) {
        var chunk = await reader.read();
        if (chunk.done) break;
        controller.enqueue(chunk.value);
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
}

// The module's first bytes, read from the page once; the block's text goes with it. The text has
// one character a byte (scripts/page-code.mjs writes it): the byte XORed with the block's key is
// the character's code, or, from U+0100 on, the code at that place in the block's unsafe list.
function wasmHead() {
  var block = document.getElementById('wasm-head');
  if (!block) throw new Error('the page holds no #wasm-head');
  var text = block.textContent;
  var key = Number(block.dataset.key);
  var unsafe = block.dataset.unsafe.split(',').map(Number);
  block.remove();
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code > 0xff) code = unsafe[code - 0x100];
    if (code === undefined) throw new Error('#wasm-head: character ' + i + ' was altered');
    bytes[i] = code ^ key;
  }
  return bytes;
}
