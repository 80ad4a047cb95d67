import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, fromHex, randomHex, toBase64Url, toHex } from './bytes';

describe('base64url', () => {
  it('writes what the platform writes, without padding, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const code = toBase64Url(bytes);
        const platform = Buffer.from(bytes).toString('base64url');
        expect(code).toBe(platform);
        expect(fromBase64Url(code)).toEqual(Uint8Array.from(bytes));
      }),
    );
  });

  it('says what is wrong with a text that is not a code', () => {
    expect(fromBase64Url('ab+c')).toBe('not-base64');
    expect(fromBase64Url('abcde')).toBe('truncated');
  });
});

describe('hex', () => {
  it('round-trips bytes, and random ids have the asked length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(Uint8Array.from(bytes));
      }),
    );
    expect(randomHex(8)).toMatch(/^[0-9a-f]{16}$/);
  });
});
