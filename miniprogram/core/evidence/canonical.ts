// Canonical JSON for hashing: keys sorted by UTF-16 code unit order, no whitespace,
// `undefined` members dropped, only finite numbers. Two devices (or two app versions)
// serialise the same content to the same string, so digests are reproducible.
export type Canonical =
  null | boolean | number | string | Canonical[] | { [k: string]: Canonical | undefined };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return (
          '[' + value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',') + ']'
        );
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
    }
    default:
      throw new Error('canonicalJson: unsupported type ' + typeof value);
  }
}
