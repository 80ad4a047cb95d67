// Owns the two ways bytes are written as text here: base64url without padding (share codes, invitations)
// and lowercase hex (random ids).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTET = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Lenient about the unused low bits of the last character, which a cut code may leave set. */
export function fromBase64Url(code: string): Uint8Array<ArrayBuffer> | 'not-base64' | 'truncated' {
  const out = new Uint8Array(Math.floor((code.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const c of code) {
    const v = SEXTET.get(c);
    if (v === undefined) return 'not-base64';
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >>> bits) & 0xff;
    }
  }
  return code.length % 4 === 1 ? 'truncated' : out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `hex` of even length, lowercase or not, as bytes. */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

/** `bytes` random bytes, as hex. */
export function randomHex(bytes: number): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}
