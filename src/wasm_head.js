// The app's WebAssembly for the visitors' loader (scripts/post-build.mjs puts this function into
// the page's module, before trunk's loader, which calls it instead of fetching the whole file).
// The first bytes of the module are in the page itself, as hex in a data block (#wasm-head): on a
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

// The module's first bytes, read from the page once; the block's 0.5 MB of text goes with it.
function wasmHead() {
  var block = document.getElementById('wasm-head');
  if (!block) throw new Error('the page holds no #wasm-head');
  var text = block.textContent;
  block.remove();
  return typeof Uint8Array.fromHex === 'function' ? Uint8Array.fromHex(text) : bytesOfHex(text);
}

// For browsers before Uint8Array.fromHex (Chrome 140, Safari 18.2, Firefox 133). The build
// writes lowercase hex only: '0'–'9' are 0x30–0x39 and 'a'–'f' 0x61–0x66, so the low four bits
// plus 9 for letters (bit 6) give the digit's value.
function bytesOfHex(text) {
  var bytes = new Uint8Array(text.length >> 1);
  for (var i = 0; i < bytes.length; i++) {
    var high = text.charCodeAt(2 * i);
    var low = text.charCodeAt(2 * i + 1);
    bytes[i] = (((high & 15) + (high >> 6) * 9) << 4) | ((low & 15) + (low >> 6) * 9);
  }
  return bytes;
}
