// Typed text → a registered command: phrases of every feature, in Dutch and English, matched word by word.
import type { Phrases } from './feature.js';

export interface MatchedCommand {
  command: string;
  /** What followed the command words, e.g. the question after "welke interventie past". */
  args: string;
}

/** Lowercase, no diacritics, single spaces, without the punctuation people add at the end ("status?"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\//, '')
    .replace(/(?<=\S)[?!.:]+$/, '')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * What the user typed, as plain text (issue 13 §7). A new post in a channel or a group chat reaches the bot as Teams
 * HTML: "<p><at>MTVP-assistent</at>&nbsp;stop</p>". The bot's own mention is already removed; another mention (the bot
 * under another name, a colleague), tags and entities would hide the command, so they go too.
 */
export function plainText(text: string): string {
  return text
    .replace(/<at\b[^>]*>.*?<\/at>/gis, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/gi, (_m, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type CommandMatcher = (text: string) => MatchedCommand | undefined;

/**
 * Matches the first words of the user's text against the phrases, longest phrase first (so "welke interventie
 * past bij ons" wins over "welke interventie past"), word by word so punctuation after a command does not hide it.
 * Both languages are accepted whatever the locale. `args` keeps the user's own wording (the advisor reads it).
 * Text that starts with no command may still be one a command recognises (a rules question for the advisor).
 */
export function commandMatcher(
  commands: Readonly<Record<string, { readonly phrases: Phrases; recognises?(text: string): boolean }>>,
): CommandMatcher {
  const phrases = Object.entries(commands)
    .flatMap(([command, { phrases: p }]) => [...p.nl, ...p.en].map((phrase) => ({ words: phrase.split(' '), command })))
    .sort((a, b) => b.words.length - a.words.length);
  const recognisers = Object.entries(commands).flatMap(([command, route]) =>
    route.recognises ? [{ command, recognises: route.recognises }] : [],
  );
  return (text) => {
    const found = byPhrase(text);
    if (found !== undefined) return found;
    const whole = text.trim();
    const recogniser = whole === '' ? undefined : recognisers.find((r) => r.recognises(whole));
    return recogniser === undefined ? undefined : { command: recogniser.command, args: whole };
  };

  function byPhrase(text: string): MatchedCommand | undefined {
    const original = text
      .trim()
      .replace(/^\//, '')
      .split(/\s+/)
      .filter((w) => w !== '');
    const tokens = original.map(normalise);
    if (tokens.length === 0) return undefined;
    for (const { words, command } of phrases) {
      if (words.length <= tokens.length && words.every((w, i) => tokens[i] === w)) {
        return { command, args: original.slice(words.length).join(' ') };
      }
    }
    return undefined;
  }
}
