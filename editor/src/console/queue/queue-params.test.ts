import { describe, expect, it } from 'vitest';
import { INITIAL_QUEUE, paramsOfQueue, queueOfParams } from './queue-params';

describe('the queue in the address', () => {
  it('keeps only what differs from the initial queue, and reads it back', () => {
    const query = {
      ...INITIAL_QUEUE,
      class: 'emergency' as const,
      overdue: true,
      atRisk: false,
      search: '1202',
      site: 'north',
    };
    const params = paramsOfQueue(query);
    expect(params).toEqual({
      class: 'emergency',
      overdue: 'true',
      atRisk: 'false',
      search: '1202',
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

  it('opens a queue from an edited link, leaving out what the filters cannot hold', () => {
    expect(
      queueOfParams({ class: 'urgent', status: 'all', overdue: 'yes', limit: '100000', offset: '5' }),
    ).toEqual(INITIAL_QUEUE);
  });
});
