// Why this file exists: decodes the inlined base64 payloads (the WASM core, the word table) at start-up: Node's
// native decoder where there is one (atob plus a charCode loop cost ~30-80 ms per thread for the 2 MB word table on
// Node 20, whose atob is written in JavaScript), atob elsewhere. Same bytes either way (tested).

interface NodeBuffer {
  from(s: string, encoding: "base64"): Uint8Array;
}

const NodeBufferClass = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** The bytes of a base64 string, in an ArrayBuffer of their own starting at offset 0 (so 4- and 8-byte aligned). */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  if (NodeBufferClass !== undefined && typeof NodeBufferClass.from === "function") {
    const b = NodeBufferClass.from(s, "base64");
    if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) {
      return new Uint8Array(b.buffer, 0, b.length);
    }
    const out = new Uint8Array(new ArrayBuffer(b.length));
    out.set(b);
    return out;
  }
  return decodeBase64Atob(s);
}

/** The portable decoder (browsers, and the reference the tests compare Node's decoder with). */
export function decodeBase64Atob(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
