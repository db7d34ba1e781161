/**
 * SHA-256 against the FIPS 180-4 examples (NIST's published digests, "SHA256.pdf" and the long
 * messages of the SHA Validation System) and HMAC-SHA256 against RFC 4231's test cases. Padding
 * boundaries are compared with Node's OpenSSL implementation (node:crypto), an independent oracle.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hex, hmacSha256, sha256, utf8 } from './sha256';

const bytes = (n: number, value: number) => new Uint8Array(n).fill(value);

describe('sha256', () => {
  it('hashes the FIPS 180-4 examples', () => {
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes the 896-bit NIST message and one million "a" (many blocks)', () => {
    const m896 =
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
    expect(hex(sha256(utf8(m896)))).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(hex(sha256(bytes(1_000_000, 0x61)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto at every length around the padding boundaries (0 to 130 bytes)', () => {
    // 55 bytes is the longest message whose padding fits one block; 56 to 63 need a second one.
    for (let n = 0; n <= 130; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(hex(sha256(data)), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('returns 32 bytes and leaves its input unchanged', () => {
    const data = utf8('abc');
    const out = sha256(data);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(out.length).toBe(32);
    expect(Array.from(data)).toEqual([0x61, 0x62, 0x63]);
  });
});

describe('hmacSha256', () => {
  it('computes RFC 4231 test cases 2 and 6 (key longer than a block)', () => {
    expect(hex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const key = new Uint8Array(131).fill(0xaa);
    expect(hex(hmacSha256(key, utf8('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it('computes RFC 4231 test cases 1, 3, 4, 5 (truncated to 128 bits) and 7', () => {
    expect(hex(hmacSha256(bytes(20, 0x0b), utf8('Hi There')))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(hex(hmacSha256(bytes(20, 0xaa), bytes(50, 0xdd)))).toBe(
      '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    );
    const key4 = Uint8Array.from({ length: 25 }, (_, i) => i + 1);
    expect(hex(hmacSha256(key4, bytes(50, 0xcd)))).toBe(
      '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    );
    expect(hex(hmacSha256(bytes(20, 0x0c), utf8('Test With Truncation'))).slice(0, 32)).toBe(
      'a3b6167473100ee06e0c796c2955552b',
    );
    const data7 =
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.';
    expect(hex(hmacSha256(bytes(131, 0xaa), utf8(data7)))).toBe(
      '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    );
  });

  it('agrees with node:crypto for keys of 0, 63, 64 (one block, not hashed) and 65 bytes (hashed)', () => {
    const message = utf8('a message of no importance');
    for (const n of [0, 1, 63, 64, 65]) {
      const key = Uint8Array.from({ length: n }, (_, i) => (i * 11) & 0xff);
      expect(hex(hmacSha256(key, message)), `key of ${n} bytes`).toBe(
        createHmac('sha256', key).update(message).digest('hex'),
      );
    }
    expect(hex(hmacSha256(utf8('k'), new Uint8Array(0)))).toBe(createHmac('sha256', 'k').update('').digest('hex'));
  });
});

describe('utf8 and hex', () => {
  it('encodes UTF-8 as TextEncoder does (é is C3 A9, € is E2 82 AC)', () => {
    expect(Array.from(utf8('é€'))).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
    expect(utf8('').length).toBe(0);
  });

  it('writes two lower-case digits per byte, zero-padded', () => {
    expect(hex(Uint8Array.from([0, 1, 0x0f, 0x10, 0xab, 0xff]))).toBe('00010f10abff');
    expect(hex(new Uint8Array(0))).toBe('');
  });
});
