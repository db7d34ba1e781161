import { describe, expect, it } from 'vitest';
import { Rng } from '../extraction/random';
import { decodeImageSet, encodeImageSet, fileBytes, PIXELS, sampleImages, sha256Hex, type ImageSet } from './data';
import { DataError } from './errors';

function tiny(): ImageSet {
  const pixels = Uint8Array.from({ length: 3 * PIXELS }, (_, i) => i % 256);
  return { count: 3, pixels, labels: Uint8Array.from([0, 4, 9]) };
}
const entry = (bytes: Uint8Array) => ({ path: 'tiny.bin', count: 3, bytes: bytes.length, sha256: sha256Hex(bytes) });

describe('the image-set file', () => {
  it('round-trips through encode and decode', () => {
    const bytes = encodeImageSet(tiny());
    expect(bytes.length).toBe(fileBytes(3));
    const back = decodeImageSet(bytes, entry(bytes));
    expect(back.count).toBe(3);
    expect(Array.from(back.labels)).toEqual([0, 4, 9]);
    expect(back.pixels).toEqual(tiny().pixels);
  });
  it('names the file and the fault when it is damaged', () => {
    const bytes = encodeImageSet(tiny());
    const good = entry(bytes);
    const flipped = bytes.slice();
    flipped[100] ^= 1;
    expect(() => decodeImageSet(flipped, good)).toThrow(
      /tiny.bin is damaged: its SHA-256 is [0-9a-f]{64}, the manifest/,
    );
    expect(() => decodeImageSet(bytes.slice(0, 50), good)).toThrow(
      'tiny.bin is damaged: it is 50 bytes, the manifest says',
    );
    const magic = bytes.slice();
    magic[0] = 0;
    expect(() => decodeImageSet(magic, entry(magic))).toThrow('does not start with DJFMNIST');
    const label = bytes.slice();
    label[label.length - 1] = 10;
    expect(() => decodeImageSet(label, entry(label))).toThrow('image 2 has label 10');
    expect(() => decodeImageSet(flipped, good)).toThrow(DataError);
  });
  it('draws the same images for a seed and other images for another', () => {
    const set = {
      count: 50,
      pixels: new Uint8Array(50 * PIXELS),
      labels: Uint8Array.from({ length: 50 }, (_, i) => i % 10),
    };
    for (let i = 0; i < 50; i++) set.pixels[i * PIXELS] = i;
    const first = (s: ImageSet) => Array.from({ length: s.count }, (_, i) => s.pixels[i * PIXELS]);
    const a = first(sampleImages(set, 10, new Rng(1)));
    expect(first(sampleImages(set, 10, new Rng(1)))).toEqual(a);
    expect(first(sampleImages(set, 10, new Rng(2)))).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect(sampleImages(set, 500, new Rng(1)).count).toBe(50);
  });
});
