import { useEffect, useState } from 'react';
import { compileRuleset, type Ruleset } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { freshId } from '../designer/model/ids';
import { useI18n } from '../i18n/useI18n';
import { RuleCard } from './RuleCard';
import { RuleTestPanel } from './RuleTestPanel';
import { sampleRuleset } from './sample-ruleset';

/** The classification ruleset as readable rules, with a test panel beside it. */
export function RulesWorkspace({ api }: { api: ApiClient | null }) {
  const { t, text } = useI18n();
  const [ruleset, setRuleset] = useState<Ruleset | null>(api ? null : sampleRuleset());
  const [status, setStatus] = useState<string | null>(null);
  const [fired, setFired] = useState<Set<string> | null>(null);
  const load = async () => {
    if (!api) return;
    try {
      const res = await api.rules();
      setRuleset('ruleset' in res ? res.ruleset : res);
    } catch (e) {
      setStatus((e as Error).message);
      setRuleset(sampleRuleset());
    }
  };
  useEffect(() => {
    void load();
  }, [api]);
  if (!ruleset) return <p className="placeholder">…</p>;
  const check = compileRuleset(ruleset);
  const save = async () => {
    if (!api) return;
    try {
      await api.saveRules(ruleset);
      setStatus(t('rules.saved'));
    } catch (e) {
      setStatus(`${t('common.error')}: ${(e as Error).message}`);
    }
  };
  const facts = ruleset.facts ?? [];
  return (
    <div className="rules-ws">
      <div className="toolbar">
        <div className="toolbar-title">
          <strong>{text(ruleset.name)}</strong>
        </div>
        <div className="toolbar-group">
          <button type="button" onClick={() => void load()} disabled={!api}>
            ⟲ {t('rules.load')}
          </button>
          <button
            type="button"
            onClick={() =>
              setRuleset({
                ...ruleset,
                rules: [
                  ...ruleset.rules,
                  {
                    id: freshId('rule', new Set(ruleset.rules.map((r) => r.id))),
                    name: { 'zh-CN': '新规则', en: 'New rule' },
                    priority: 10,
                    conditions: { all: [{ fact: facts[0]?.name ?? 'type', operator: 'equal', value: '' }] },
                    decide: {},
                  },
                ],
              })
            }
          >
            + {t('rules.addRule')}
          </button>
        </div>
        <div className="toolbar-spacer" />
        {!check.ok && (
          <span className="error-text">
            {t('rules.invalid')}:{' '}
            {check.diagnostics
              .map((d) => text(d.message))
              .slice(0, 2)
              .join('; ')}
          </span>
        )}
        {status && <span className="toolbar-status">{status}</span>}
        <button type="button" className="primary" onClick={() => void save()} disabled={!api || !check.ok}>
          {t('rules.save')}
        </button>
      </div>
      <div className="rules-body">
        <div className="rules-list">
          {[...ruleset.rules]
            .sort((a, b) => b.priority - a.priority)
            .map((rule) => (
              <RuleCard
                key={rule.id}
                rule={rule}
                facts={facts}
                fired={fired ? fired.has(rule.id) : undefined}
                onChange={(r) =>
                  setRuleset({ ...ruleset, rules: ruleset.rules.map((x) => (x.id === rule.id ? r : x)) })
                }
                onRemove={() =>
                  setRuleset({ ...ruleset, rules: ruleset.rules.filter((x) => x.id !== rule.id) })
                }
              />
            ))}
        </div>
        <RuleTestPanel ruleset={ruleset} onResult={setFired} />
      </div>
    </div>
  );
}
