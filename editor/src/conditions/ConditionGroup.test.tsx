import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Condition } from '@frontstage/engine';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConditionGroup } from './ConditionGroup';

afterEach(cleanup);

function renderGroup(condition: Condition, locale: 'en' | 'zh-CN' = 'en') {
  const changes: Condition[] = [];
  const view = render(
    <I18nProvider initial={locale}>
      <ConditionGroup condition={condition} facts={[]} onChange={(c) => changes.push(c)} />
    </I18nProvider>,
  );
  return { view, changes };
}

describe('ConditionGroup', () => {
  const leak: Condition = { all: [{ fact: 'waterFlowing', operator: 'equal', value: true }] };

  it('adds a nested group, taking the other combinator, beside the rows', () => {
    const { changes } = renderGroup(leak);
    fireEvent.click(screen.getByRole('button', { name: '+ Add group' }));
    expect(changes[0]).toEqual({
      all: [
        { fact: 'waterFlowing', operator: 'equal', value: true },
        { any: [{ fact: 'type', operator: 'equal', value: '' }] },
      ],
    });
  });

  it('edits a row inside a nested group', () => {
    const nested: Condition = { all: [{ any: [{ fact: 'type', operator: 'equal', value: 'repair' }] }] };
    const { view, changes } = renderGroup(nested);
    const groups = view.container.querySelectorAll('.cond-group');
    expect(groups).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Operator' }), { target: { value: 'notEqual' } });
    expect(changes[0]).toEqual({ all: [{ any: [{ fact: 'type', operator: 'notEqual', value: 'repair' }] }] });
  });

  it('names the operators in the page language', () => {
    renderGroup(leak, 'zh-CN');
    const names = [...screen.getByRole('combobox', { name: '运算符' }).querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(names).toContain('等于');
    expect(names).not.toContain('equal');
  });
});
