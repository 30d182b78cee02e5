/**
 * Keys that come from input ("constructor", "__proto__", "toString" are all valid STIX type and property names) must
 * never reach Object.prototype: a lookup in one of our tables would find an inherited function, and an assignment of
 * "__proto__" to a plain object would replace its prototype instead of storing the key.
 */

/** `table[key]` when `key` is one of the table's own keys, else undefined. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An empty record without a prototype, for records keyed by input: every key, "__proto__" too, is a plain key. */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
