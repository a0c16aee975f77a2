import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { TicketFacts } from './TicketFacts';

afterEach(cleanup);

describe('TicketFacts', () => {
  it('marks a derived fact 推断 with its reason, and leaves the facts the request said unmarked', () => {
    const ticket = ticketFixture({ facts: { description: '3栋1202漏水', inHome: true, location: 'home' } });
    const view = render(
      <I18nProvider initial="zh-CN">
        <TicketFacts
          ticket={ticket}
          derived={[
            {
              name: 'inHome',
              value: true,
              given: null,
              derived: true,
              from: { kind: 'unit', code: '3-1202' },
            },
          ]}
        />
      </I18nProvider>,
    );
    const mark = view.container.querySelector('[data-name=inHome] [data-derived=inHome]');
    expect(mark?.textContent).toBe('推断 户内：房号 3-1202');
    expect(view.container.querySelectorAll('[data-derived]')).toHaveLength(1);
  });
});
