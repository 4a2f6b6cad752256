// The arguments of an ICU message, read from the message's literal type, so `t()` checks the values it is given.
// `{name}` takes a string or number, `{n, number}` and `{n, plural, …}` a number, `{x, select, …}` a string or
// boolean. Branch texts must not be one bare word (`one {# sessie}`, not `one {sessie}`): a bare word in braces
// reads as an argument here. test/rules/i18n.test.ts checks every message against the real ICU parser.

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S;

/** An argument name: not empty, none of the characters that make it branch text or syntax. */
type IsName<S extends string> = S extends ''
  ? false
  : S extends `${string}${' ' | '#' | '{' | '}' | ',' | "'" | '\n' | '='}${string}`
    ? false
    : true;

type KindOf<Rest extends string> =
  Trim<Rest> extends `${'number' | 'plural' | 'selectordinal'}${string}`
    ? number
    : Trim<Rest> extends `select${string}`
      ? string | boolean
      : string | number;

/** Walks from `{` to `{`: `{name}` is a simple argument, `{name, kind …` a formatted one; anything else is text. */
type Collect<S extends string, Acc> = S extends `${string}{${infer R}`
  ? R extends `${infer Name}}${infer After}`
    ? IsName<Name> extends true
      ? Collect<After, Acc & Record<Name, string | number>>
      : Formatted<R, Acc>
    : Formatted<R, Acc>
  : Acc;

type Formatted<R extends string, Acc> = R extends `${infer Name},${infer After}`
  ? IsName<Name> extends true
    ? Collect<After, Acc & Record<Name, KindOf<After>>>
    : Collect<R, Acc>
  : Collect<R, Acc>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The values a message needs: `ArgsOf<'Jaar {year}'>` is `{ year: string | number }`. */
export type ArgsOf<S extends string> = Simplify<Collect<S, unknown>>;
