/**
 * About how many bytes a value holds in memory: strings at two bytes a character, a few bytes for each
 * number, key and object. Good enough to bound a cache by size; not an exact heap measurement.
 */
export function estimateBytes(value: unknown, seen: WeakSet<object> = new WeakSet()): number {
  if (typeof value === 'string') return 16 + value.length * 2;
  if (value === null || typeof value !== 'object') return 8;
  const object = value;
  if (seen.has(object)) return 8;
  seen.add(object);
  if (object instanceof Date) return 24;
  if (ArrayBuffer.isView(object)) return 32 + object.byteLength;
  if (object instanceof Map) {
    let total = 64;
    for (const [k, v] of object) total += estimateBytes(k, seen) + estimateBytes(v, seen);
    return total;
  }
  if (object instanceof Set || Array.isArray(object)) {
    let total = 32;
    for (const item of object as Iterable<unknown>) total += 8 + estimateBytes(item, seen);
    return total;
  }
  let total = 32;
  for (const [k, v] of Object.entries(object)) total += 16 + k.length * 2 + estimateBytes(v, seen);
  return total;
}
