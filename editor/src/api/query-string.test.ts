import { describe, expect, it } from 'vitest';
import { queryString } from './query-string';

describe('queryString', () => {
  it('leaves out empty filters and writes the rest as text', () => {
    expect(queryString({ status: 'open', class: '', team: undefined, overdue: false, limit: 50 })).toBe(
      '?status=open&overdue=false&limit=50',
    );
  });

  it('is empty when no filter is set', () => {
    expect(queryString({ search: '', state: null })).toBe('');
  });

  it('encodes text a user typed', () => {
    expect(queryString({ search: '楼上 跑水&x' })).toBe(
      `?search=${encodeURIComponent('楼上 跑水&x').replace(/%20/g, '+')}`,
    );
  });
});
