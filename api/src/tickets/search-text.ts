import { normalizeWidth } from '@frontstage/engine';

// What the ticket search index holds and how a query's words are read against it. Chinese has no
// spaces between words and the most common ones have two characters (漏水, 电梯), which a trigram
// index cannot find. So each ticket keeps two texts, both indexed by trigrams (SQLite FTS5's
// trigram tokenizer, PostgreSQL's pg_trgm):
// - `body`: its words as one text; a query word of three or more characters is a substring of it;
// - `pairs`: every one- and two-character piece of those words between spaces (' 漏 水 漏水 '),
//   so a one- or two-character query word is the piece ' 漏水 ', whose trigrams (' 漏水', '漏水 ')
//   the index holds; a space never occurs inside a piece, so only that piece has those trigrams.

/** The longest text kept per ticket: a description longer than this is still found by its start. */
const BODY_MAX = 2000;

/** A text as the index stores and queries it: full-width forms as ASCII, lower case, single spaces. */
export function foldText(text: string): string {
  return normalizeWidth(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The indexed texts of a ticket from its words (description and other text facts, the caller's
 * name, the place): LIKE's wildcards are dropped, as query words drop them.
 * @example searchTexts(['楼上漏水']).pairs // ' 楼 上 漏 水 楼上 上漏 漏水 '
 */
export function searchTexts(words: readonly string[]): { body: string; pairs: string } {
  const body = foldText(foldText(words.join(' ')).replace(/[%_\\]/g, ' '))
    .trim()
    .slice(0, BODY_MAX);
  const pieces = new Set<string>();
  for (const word of body.split(' ')) {
    const chars = [...word];
    chars.forEach((c, i) => {
      pieces.add(c);
      if (i + 1 < chars.length) pieces.add(c + chars[i + 1]);
    });
  }
  return { body, pairs: pieces.size === 0 ? ' ' : ` ${[...pieces].join(' ')} ` };
}

/** One query word as a LIKE condition: the column it is matched in and the pattern. */
export interface WordMatch {
  column: 'body' | 'pairs';
  /** What the column holds where the word matches: the word, or the piece ' 漏水 ' with its spaces. */
  text: string;
  /** The LIKE pattern of that text. */
  pattern: string;
}

/**
 * A query's words (split at spaces; all must match) as LIKE patterns: three or more characters
 * anywhere in the body, fewer as a piece of `pairs`. Words made only of wildcards are dropped.
 * @example wordMatches('漏水 3-2-1101') // [{column:'pairs',text:' 漏水 ',…},{column:'body',text:'3-2-1101',…}]
 */
export function wordMatches(q: string): WordMatch[] {
  const words = foldText(foldText(q).replace(/[%_\\]/g, ' '))
    .split(' ')
    .filter((w) => w !== '');
  return [...new Set(words)].map((w) =>
    [...w].length >= 3
      ? { column: 'body', text: w, pattern: `%${w}%` }
      : { column: 'pairs', text: ` ${w} `, pattern: `% ${w} %` },
  );
}

/** The text facts of a ticket worth finding it by: every string value, the description first. */
export function factWords(facts: Record<string, unknown>): string[] {
  const texts = Object.entries(facts)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .sort(([a], [b]) => (a === 'description' ? -1 : b === 'description' ? 1 : a.localeCompare(b)));
  return texts.map(([, v]) => v);
}
