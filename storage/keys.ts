// PartitionKey / RowKey encoding. Azure Tables forbids `/ \ # ?` and control characters (U+0000–U+001F,
// U+007F–U+009F) in keys and limits each key to 1 KiB; Teams ids (`19:abc@thread.tacv2`,
// `a:1…;messageid=…`) and user input must survive that, and composite keys use `|` as separator.
import { createHash } from 'node:crypto';

/** Joins the parts of a composite key; parts pass through `encodeKey` so they never contain it. */
export const SEP = '|';

/**
 * Budget for one encoded id inside a key. 1 KiB counted as UTF-16 is 512 code units; the rest leaves room
 * for prefixes and a second part (`<practice>|<date>|<id>`).
 */
const MAX_ENCODED = 400;
const HASHED_MARK = '%~';

function needsEscape(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2f || // /
    code === 0x5c || // \
    code === 0x23 || // #
    code === 0x3f || // ?
    code === 0x25 || // % (the escape character itself)
    code === 0x7c // | (our separator)
  );
}

/**
 * Percent-escapes the characters Azure forbids (plus `%` and `|`), so the result is reversible with
 * `decodeKey`. Longer results are cut and suffixed with `%~<sha256>`: still deterministic and unique, no
 * longer reversible, which is fine because every entity also stores the original id as a property.
 */
export function encodeKey(id: string): string {
  let out = '';
  for (const ch of id) {
    const code = ch.codePointAt(0) ?? 0;
    out += needsEscape(code) ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
  }
  if (out.length <= MAX_ENCODED) return out;
  return `${out.slice(0, MAX_ENCODED - 50).replace(/%[0-9A-F]?$/, '')}${HASHED_MARK}${hash(id)}`;
}

/** Inverse of `encodeKey`; undefined for the hashed form of an over-long id. */
export function decodeKey(key: string): string | undefined {
  if (key.includes(HASHED_MARK)) return undefined;
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Composite key from already-safe parts (encode ids first). */
export function joinKey(...parts: string[]): string {
  return parts.join(SEP);
}

/** `[from, to)` covering every key that starts with `prefix` (keys compare ordinally). */
export function prefixRange(prefix: string): { from: string; to: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, to: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/** sha256 as base64url, 43 characters, key-safe. */
export function hash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** Record id derived from an idempotency key: same key ⇒ same id (128 bits are plenty per practice). */
export function idFromKey(idempotencyKey: string): string {
  return hash(idempotencyKey).slice(0, 22);
}

/** Zero-padded so lexical order equals numeric order (versions, sequence numbers, years). */
export function padNumber(n: number, width: number): string {
  if (!Number.isInteger(n) || n < 0 || String(n).length > width) {
    throw new RangeError(`cannot pad ${n} to ${width} digits`);
  }
  return String(n).padStart(width, '0');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` sorts chronologically as it is; this only guards the shape. */
export function dateKey(date: string): string {
  if (!ISO_DATE.test(date)) throw new RangeError(`not an ISO date: ${date}`);
  return date;
}

/** Inclusive ISO date range as a `[from, to)` row-key range under `prefix`. */
export function dateRange(prefix: string, from?: string, to?: string): { from: string; to: string } {
  const all = prefixRange(prefix);
  return {
    from: from === undefined ? all.from : prefix + dateKey(from),
    // every key of day `to` is `<prefix><to>|…`, so the exclusive end is the day followed by `}` (after `|`)
    to: to === undefined ? all.to : prefix + dateKey(to) + String.fromCharCode(SEP.charCodeAt(0) + 1),
  };
}

// 10^13 ms is the year 2286: inverted times stay 13 digits and positive.
const TIME_CEILING = 9_999_999_999_999;

/** Newest first under an ascending RowKey scan: `TIME_CEILING - epoch ms`, 13 digits. */
export function invertedTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || ms < 0 || ms > TIME_CEILING) throw new RangeError(`not a usable timestamp: ${iso}`);
  return padNumber(TIME_CEILING - ms, 13);
}

/** `<prefix>2025-` … covers every ISO date of that year. */
export function yearRange(prefix: string, year: number): { from: string; to: string } {
  return dateRange(prefix, `${padNumber(year, 4)}-01-01`, `${padNumber(year, 4)}-12-31`);
}
