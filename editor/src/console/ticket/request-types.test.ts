import { describe, expect, it } from 'vitest';
import { requestTypes } from './request-types';

describe('requestTypes', () => {
  it('names each request type the ruleset offers, and nothing without a ruleset', () => {
    const leak = { 'zh-CN': '漏水', en: 'Leak' };
    const types = requestTypes({
      facts: [
        {
          name: 'type',
          label: { 'zh-CN': '请求类型', en: 'Request type' },
          type: 'string',
          options: [{ value: 'leak', label: leak }],
        },
      ],
    });
    expect(types).toEqual({ leak });
    expect(requestTypes(null)).toEqual({});
  });
});
