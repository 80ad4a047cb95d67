// Owns the two byte tools the codes sent as links share: deflate-raw with a cap on what inflating may
// produce (a small code never unpacks into a huge text), and a short SHA-256 checksum that refuses a
// damaged code instead of reading it as another one.

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  cap: number,
): Promise<Uint8Array<ArrayBuffer> | 'over-cap'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return 'over-cap';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** deflate-raw, or null where the engine has no CompressionStream (the code then stays uncompressed). */
export async function deflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    const [, , out] = await Promise.all([
      writer.write(data),
      writer.close(),
      readAll(stream.readable.getReader(), Number.MAX_SAFE_INTEGER),
    ]);
    return out === 'over-cap' ? null : out;
  } catch {
    return null;
  }
}

/**
 * Inflates with a running cap on the output (`cap` bytes; more is 'corrupt'). A stream that ends too
 * early is a cut code; one the decompressor refuses is corrupt. Engines differ in how they say which: a
 * spec engine fails the write on bad data and only the close on a truncated stream; Node fails the close
 * in both cases, with a zlib code (Z_BUF_ERROR when the input ended too early).
 */
export async function inflate(data: Uint8Array, cap: number): Promise<Uint8Array | 'truncated' | 'corrupt'> {
  if (typeof DecompressionStream === 'undefined') return 'corrupt';
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reading = readAll(stream.readable.getReader(), cap);
  // Every promise is awaited or caught, so an aborted stream leaves no unhandled rejection.
  reading.catch(() => undefined);
  let failure: 'truncated' | 'corrupt' | null = null;
  try {
    await writer.write(new Uint8Array(data));
  } catch {
    failure = 'corrupt';
  }
  if (failure === null) {
    try {
      await writer.close();
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      failure = code === undefined || code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
    }
  }
  const out = await reading.catch(() => 'failed' as const);
  if (out === 'over-cap') return 'corrupt';
  if (failure !== null) return failure;
  return out === 'failed' ? 'corrupt' : out;
}

/** The first `bytes` bytes of the SHA-256 of `data` (Web Crypto: the app runs in a secure context). */
export async function checksum(data: Uint8Array<ArrayBuffer>, bytes: number): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data), 0, bytes);
}
