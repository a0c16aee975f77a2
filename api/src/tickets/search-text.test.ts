import { describe, expect, it } from 'vitest';
import { factWords, foldText, searchTexts, wordMatches } from './search-text.js';

describe('searchTexts', () => {
  it('keeps the words folded and every one- and two-character piece between spaces', () => {
    const { body, pairs } = searchTexts(['楼上漏水', 'Ｃ座 Lift']);
    expect(body).toBe('楼上漏水 c座 lift');
    for (const piece of ['楼', '漏水', '上漏', 'c座', 'li', 'ft', 'f'])
      expect(pairs, piece).toContain(` ${piece} `);
    // No piece spans a space: '水 c' is not a piece, so '水c' cannot be found.
    expect(pairs).not.toContain(' 水c ');
  });

  it('drops LIKE wildcards so a stored text cannot match more than it says', () => {
    expect(searchTexts(['50%_off']).body).toBe('50 off');
  });
});

describe('wordMatches', () => {
  it('matches short words as pieces and longer ones anywhere, each word once', () => {
    expect(wordMatches(' 漏水  3-2-1101 漏水 ')).toEqual([
      { column: 'pairs', text: ' 漏水 ', pattern: '% 漏水 %' },
      { column: 'body', text: '3-2-1101', pattern: '%3-2-1101%' },
    ]);
    expect(wordMatches('电')).toEqual([{ column: 'pairs', text: ' 电 ', pattern: '% 电 %' }]);
    expect(wordMatches('％ %')).toEqual([]);
  });

  it('folds full-width and upper-case letters as the index does', () => {
    expect(wordMatches('ＬＩＦＴ')).toEqual([{ column: 'body', text: 'lift', pattern: '%lift%' }]);
    expect(foldText('Ａ座　1203')).toBe('a座 1203');
  });
});

describe('factWords', () => {
  it('takes the text facts, the description first', () => {
    expect(factWords({ area: '厨房', description: '漏水', waterFlowing: true, floor: 3 })).toEqual([
      '漏水',
      '厨房',
    ]);
  });
});
