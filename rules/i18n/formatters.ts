// The Intl objects intl-messageformat formats numbers and plurals with, made cheap to reuse. Findings and status
// messages are built on hot paths (`npm run bench`): V8 takes about a microsecond per Intl.NumberFormat#format and
// half of one per Intl.PluralRules#select, while the same few numbers (years, counts, targets) recur on every call.
import type { Formatters } from 'intl-messageformat';

/** Results remembered per Intl object; past this many distinct inputs the memo starts over (bounded memory). */
const MEMO_LIMIT = 512;

function remembered<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** An Intl.NumberFormat that remembers what it wrote for each number: a pure function of the number. */
class RememberingNumberFormat extends Intl.NumberFormat {
  private readonly memo = new Map<number | bigint | string, string>();
  override format(value: number | bigint | Intl.StringNumericLiteral): string {
    return remembered(this.memo, value, () => super.format(value));
  }
}

/** An Intl.PluralRules that remembers the category of each number. */
class RememberingPluralRules extends Intl.PluralRules {
  private readonly memo = new Map<number, Intl.LDMLPluralRule>();
  override select(value: number): Intl.LDMLPluralRule {
    return remembered(this.memo, value, () => super.select(value));
  }
}

/**
 * intl-messageformat's default formatters serialise their arguments on every call to find a cached Intl object.
 * The parsed options of a message's `{n, number, ::.##}` are one object for the life of the compiled message (one
 * locale each), so the Intl objects are kept per options object instead, and per locale when there are none.
 */
export function createFormatters(): Formatters {
  const plain = new Map<string, Intl.NumberFormat>();
  const styled = new WeakMap<object, Intl.NumberFormat>();
  const plurals = new Map<string, Intl.PluralRules>();
  return {
    getNumberFormat(locales, options) {
      if (options === undefined) return remembered(plain, String(locales), () => new RememberingNumberFormat(locales));
      let format = styled.get(options);
      if (!format) {
        format = new RememberingNumberFormat(locales, options as Intl.NumberFormatOptions);
        styled.set(options, format);
      }
      return format;
    },
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
    getPluralRules: (locales, options) =>
      remembered(plurals, `${String(locales)}|${options?.type ?? 'cardinal'}`, () => new RememberingPluralRules(locales, options)),
  };
}
