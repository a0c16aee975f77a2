import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { diffBlueprints, diffRulesets, type Blueprint } from '@frontstage/engine';
import { leakRuleset } from '@frontstage/engine/test-support';
import type { Selection } from '../../canvas/model/selection';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleBlueprint } from '../sample-blueprint';
import { DiffList } from './DiffList';

afterEach(cleanup);

/** The sample with dispatch's time standard halved, a role added, and the notify step removed. */
function changed(): Blueprint {
  const bp = sampleBlueprint();
  return {
    ...bp,
    flows: bp.flows.filter((f) => f.from !== 'notify' && f.to !== 'notify'),
    steps: bp.steps
      .filter((s) => s.id !== 'notify')
      .map((s) =>
        s.id === 'dispatch'
          ? { ...s, roles: [...(s.roles ?? []), 'plumber'], timeStandard: { duration: 'PT2H' } }
          : s,
      ),
  };
}

function renderList(locale: 'en' | 'zh-CN' = 'en') {
  const focused: Selection[] = [];
  const before: Blueprint = {
    ...sampleBlueprint(),
    steps: sampleBlueprint().steps.map((s) =>
      s.id === 'dispatch' ? { ...s, timeStandard: { duration: 'PT4H' } } : s,
    ),
  };
  render(
    <I18nProvider initial={locale}>
      <DiffList
        entries={diffBlueprints(before, changed())}
        focusable={(e) => e.side === 'after' && !!(e.stepId || e.flowId)}
        onFocus={(e) =>
          focused.push({ steps: e.stepId ? [e.stepId] : [], flows: e.flowId ? [e.flowId] : [] })
        }
        titles={{ focus: 'show', absent: 'gone' }}
      />
    </I18nProvider>,
  );
  return focused;
}

describe('DiffList', () => {
  it('shows a changed time standard as where and before → after, in words', () => {
    renderList('zh-CN');
    const entry = screen.getByText('派工 · 时限 · 时长').closest('li')!;
    expect(entry.getAttribute('data-field')).toBe('timeStandard.duration');
    expect(entry.textContent).toMatch(/4 小时 → 2 小时/);
  });

  it('selects the step an entry is about on the canvas', () => {
    const focused = renderList();
    const role = screen.getByText('plumber').closest('button')!;
    expect(role.textContent).toMatch(/added\s*Dispatch engineer · Roles\s*\+ plumber/);
    fireEvent.click(role);
    expect(focused).toEqual([{ steps: ['dispatch'], flows: [] }]);
  });

  it('lists a removed step from the older version, not clickable: it is not on the canvas', () => {
    const focused = renderList();
    const removed = screen.getAllByRole('listitem').filter((li) => li.className === 'change-removed');
    const step = removed.find((li) => li.getAttribute('data-field') === 'step')!;
    expect(step.textContent).toMatch(/Notify engineer/);
    const button = step.querySelector('button')!;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(focused).toEqual([]);
  });

  it('reads a rule’s changed condition as two lines, old above new, and points at the rule', () => {
    const after = leakRuleset();
    after.rules[0]!.conditions = { all: [{ condition: 'insideHome' }] };
    const focused: string[] = [];
    render(
      <I18nProvider initial="zh-CN">
        <DiffList
          entries={diffRulesets(leakRuleset(), after)}
          focusable={(e) => !!e.ruleId}
          onFocus={(e) => focused.push(e.ruleId!)}
          titles={{ focus: 'show', absent: 'gone' }}
        />
      </I18nProvider>,
    );
    const entry = screen.getByText('跑水/爆管应急 · 条件').closest('li')!;
    expect(entry.querySelector('.change-lines del')?.textContent).toBe('正在跑水 = 是');
    expect(entry.querySelector('.change-lines ins')?.textContent).toBe('「户内」');
    fireEvent.click(entry.querySelector('button')!);
    expect(focused).toEqual(['water-leak']);
  });
});
