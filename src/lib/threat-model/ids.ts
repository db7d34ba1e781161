/** Deterministic UUID-shaped IDs (for Threat Dragon cells and threats), so exports are reproducible. */

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A version-4-shaped UUID derived from `key`: the same key always gives the same ID. */
export function stableUuid(key: string): string {
  const hex = [0x811c9dc5, 0x050c5d1f, 0x2f1b3d7e, 0x6a09e667]
    .map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
