// TextBlocks render markdown (STACK.md: escape user-provided text), so free text from users is escaped before binding.

const INLINE = /[\\`*_{}[\]()#<>~|]/g;
const LIST_MARKER = /^(\s*)([-+]|\d+\.)(?=\s|$)/;

/**
 * Escapes markdown in user text so it shows literally in a TextBlock. `{` and `}` are escaped too, so user
 * text never carries a `${` into the card (templating does not re-evaluate data, but a `${` in output is
 * how tests spot an unresolved binding).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const escaped = line.replace(INLINE, (ch) => `\\${ch}`);
      return escaped.replace(LIST_MARKER, (_m, indent: string, marker: string) =>
        marker.endsWith('.') ? `${indent}${marker.slice(0, -1)}\\.` : `${indent}\\${marker}`,
      );
    })
    .join('\n\n');
}
