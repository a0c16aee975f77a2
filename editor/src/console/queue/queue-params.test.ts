import { describe, expect, it } from 'vitest';
import { INITIAL_QUEUE, paramsOfQueue, queueOfParams, reportedDays, withReportedDays } from './queue-params';

describe('the queue in the address', () => {
  it('keeps only what differs from the initial queue, and reads it back', () => {
    const query = {
      ...INITIAL_QUEUE,
      class: 'emergency' as const,
      overdue: true,
      atRisk: false,
      q: '漏水 厨房',
      room: '3栋2单元1101',
      phone: '8000',
      site: 'north',
    };
    const params = paramsOfQueue(query);
    expect(params).toEqual({
      class: 'emergency',
      overdue: 'true',
      atRisk: 'false',
      q: '漏水 厨房',
      room: '3栋2单元1101',
      phone: '8000',
      site: 'north',
    });
    expect(queueOfParams(params)).toEqual(query);
    expect(paramsOfQueue(INITIAL_QUEUE)).toEqual({});
    expect(
      queueOfParams(paramsOfQueue({ ...INITIAL_QUEUE, status: 'closed', sort: 'newest' })),
    ).toMatchObject({
      status: 'closed',
      sort: 'newest',
    });
  });

  it('holds the report days as days, and asks the API from the first day’s start to the last one’s end', () => {
    const query = queueOfParams({ from: '2026-03-02', to: '2026-03-08', q: '漏水' });
    expect(query.from).toBe(new Date('2026-03-02T00:00').toISOString());
    expect(query.to).toBe(new Date('2026-03-09T00:00').toISOString());
    expect(reportedDays(query)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(paramsOfQueue(query)).toEqual({ from: '2026-03-02', to: '2026-03-08', q: '漏水' });
    expect(queueOfParams(paramsOfQueue(query))).toEqual(query);
    const one = withReportedDays(INITIAL_QUEUE, '', '2026-03-02');
    expect(one).toEqual({ ...INITIAL_QUEUE, to: new Date('2026-03-03T00:00').toISOString() });
    expect(withReportedDays(query, '', '')).toEqual({ ...INITIAL_QUEUE, q: '漏水' });
  });

  it('reads an older link’s search as the words to find', () => {
    expect(queueOfParams({ search: '1202' })).toEqual({ ...INITIAL_QUEUE, q: '1202' });
    expect(paramsOfQueue(queueOfParams({ search: '1202' }))).toEqual({ q: '1202' });
  });

  it('opens a queue from an edited link, leaving out what the filters cannot hold', () => {
    expect(
      queueOfParams({
        class: 'urgent',
        status: 'all',
        overdue: 'yes',
        limit: '100000',
        offset: '5',
        from: 'last tuesday',
        to: '2026-3-2',
      }),
    ).toEqual(INITIAL_QUEUE);
  });
});
