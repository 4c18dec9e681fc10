// Written by hand: discord.js's escapeMarkdown leaves block quotes, headings, lists, masked links
// and mentions alone by default, and loading discord.js costs the terminal front ~0.7 s.

const ZWSP = '\u200b';

/**
 * Makes text from an article or a user safe to show in a Discord message: markdown characters are
 * escaped so nothing formats or links, and @everyone / @here / <@id> cannot ping or render as a mention.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\*_~`|[\]()<>]/g, '\\$&')
      // block markers at a line start: headings, quotes (already escaped), lists
      .replace(/^([ \t]*)(#{1,3}|-#|[-+]|\d+\.)(?=[ \t])/gm, (_m, space: string, marker: string) =>
        marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
      )
      // bare URLs would become links
      .replace(/(\w):\/\//g, '$1\\://')
      .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
      .replace(/@(?=[!&]?\d)/g, `@${ZWSP}`)
      // <#channel>, </command:id>, <t:timestamp>, <a:emoji:id> would still render
      .replace(/\\<(?=[@#/:]|[at]:)/g, `\\<${ZWSP}`)
  );
}

/** Removes the escapes `escapeText` added, for plain-text output (the terminal). */
export function unescapeText(text: string): string {
  return text.replace(/\\([^\p{L}\p{N}\s])/gu, '$1').replaceAll(ZWSP, '');
}
