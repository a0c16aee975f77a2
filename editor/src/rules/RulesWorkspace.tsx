import { useCallback, useEffect, useState } from 'react';
import { compileRuleset, type DiffEntry, type Ruleset } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { DEFAULT_ROLE } from '../shared/default-role';
import { freshId } from '../shared/fresh-id';
import { RuleCard } from './RuleCard';
import { RuleTestPanel } from './RuleTestPanel';
import { SharedConditions } from './SharedConditions';
import { sampleRuleset } from './sample-ruleset';
import { useRuleTest } from './useRuleTest';
import { RulesVersionsPanel, type RulesVersionPair } from './versions/RulesVersionsPanel';
import { useRulesetVersions } from './versions/useRulesetVersions';

/** What the address says of the rules workspace: the versions panel open, and a comparison in it. */
export interface RulesLink {
  versions?: boolean;
  compare?: RulesVersionPair;
}

const ROLES_LIST = 'rule-roles';

/** Roles a rule may route to: those the ruleset names, and the lanes' usual staff roles. */
function knownRoles(ruleset: Ruleset): string[] {
  const named = [ruleset.defaults.role, ...ruleset.rules.map((r) => r.decide.role)];
  return [...new Set([...named, ...Object.values(DEFAULT_ROLE)].filter((r): r is string => !!r))].sort();
}

/**
 * The classification ruleset as readable rules, with a test panel beside it, or the published
 * versions and a comparison of two (/rules/versions/:a/:b).
 */
export function RulesWorkspace({
  api,
  link = {},
  onLink,
}: {
  api: ApiClient | null;
  link?: RulesLink;
  /** Hears each change of panel or comparison, to write it to the address. */
  onLink?: (link: RulesLink) => void;
}) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [ruleset, setRuleset] = useState<Ruleset | null>(api ? null : sampleRuleset());
  // Kept as a key (and the error itself) so the status follows a language switch.
  const [status, setStatus] = useState<{ key: MessageKey; error?: unknown } | null>(null);
  const [sharedOpen, setSharedOpen] = useState(false);
  const [note, setNote] = useState('');
  // The rule (or `shared:<name>`) a comparison's entry pointed at, marked until another is.
  const [highlight, setHighlight] = useState<string | null>(null);
  const versions = useRulesetVersions(api);
  const onPair = useCallback(
    (compare: RulesVersionPair | undefined) => onLink?.({ versions: true, ...(compare ? { compare } : {}) }),
    [onLink],
  );
  // The fired marks are derived from the ruleset and facts as they are now, on every edit.
  const test = useRuleTest(ruleset);
  const load = async () => {
    if (!api) return;
    try {
      const res = await api.rules();
      setRuleset(res.ruleset);
    } catch (e) {
      setStatus({ key: 'common.failed', error: e });
      setRuleset(sampleRuleset());
    }
  };
  useEffect(() => {
    void load();
  }, [api]);
  if (!ruleset) return <p className="placeholder">…</p>;
  const check = compileRuleset(ruleset);
  // Each diagnostic of a rule shown on its card: paths read rules.<index>.….
  const problemsOf = (index: number) =>
    check.diagnostics.filter((d) => d.path[0] === 'rules' && d.path[1] === index).map((d) => d.message);
  const sharedProblems = (name: string) =>
    check.diagnostics.filter((d) => d.path[0] === 'conditions' && d.path[1] === name).map((d) => d.message);
  // A chip in a rule opens the list of shared conditions at the one it names.
  const openShared = (name: string) => {
    setSharedOpen(true);
    requestAnimationFrame(() =>
      document.getElementById(`shared-${name}`)?.scrollIntoView({ block: 'nearest' }),
    );
  };
  const focusable = (e: DiffEntry) =>
    e.ruleId
      ? ruleset.rules.some((r) => r.id === e.ruleId)
      : !!e.conditionName && Object.hasOwn(ruleset.conditions ?? {}, e.conditionName);
  const focus = (e: DiffEntry) => {
    if (e.conditionName) {
      setHighlight(`shared:${e.conditionName}`);
      openShared(e.conditionName);
      return;
    }
    if (!e.ruleId) return;
    setHighlight(e.ruleId);
    const id = CSS.escape(e.ruleId);
    requestAnimationFrame(() =>
      document.querySelector(`.rules-list [data-rule="${id}"]`)?.scrollIntoView({ block: 'center' }),
    );
  };
  const save = async () => {
    if (!api) return;
    try {
      await api.publishRules(ruleset, note.trim() || undefined);
      setNote('');
      setStatus({ key: 'rules.saved' });
      void versions.refresh();
    } catch (e) {
      setStatus({ key: 'common.failed', error: e });
    }
  };
  const facts = ruleset.facts ?? [];
  const addRule = () =>
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
    });
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
          <button type="button" onClick={addRule}>
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
        {status && (
          <span className="toolbar-status" role="status">
            {t(status.key, { message: status.error === undefined ? '' : describeError(status.error, i18n) })}
          </span>
        )}
        <button
          type="button"
          aria-pressed={link.versions === true}
          onClick={() => onLink?.(link.versions ? {} : { versions: true })}
          data-action="rules-versions"
        >
          {link.versions ? t('rules.test') : t('rules.versions')}
        </button>
        <input
          name="rules-note"
          className="rules-note"
          aria-label={t('rules.note')}
          placeholder={t('rules.note')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          disabled={!api}
        />
        <button type="button" className="primary" onClick={() => void save()} disabled={!api || !check.ok}>
          {t('rules.save')}
        </button>
      </div>
      <datalist id={ROLES_LIST}>
        {knownRoles(ruleset).map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <div className="rules-body">
        <div className="rules-list">
          <SharedConditions
            ruleset={ruleset}
            facts={facts}
            open={sharedOpen}
            problems={sharedProblems}
            onToggle={setSharedOpen}
            onOpenShared={openShared}
            highlighted={highlight?.startsWith('shared:') ? highlight.slice('shared:'.length) : undefined}
            onChange={(conditions) => setRuleset({ ...ruleset, conditions })}
          />
          {[...ruleset.rules]
            .sort((a, b) => b.priority - a.priority)
            .map((rule) => (
              <RuleCard
                key={rule.id}
                rule={rule}
                facts={facts}
                shared={ruleset.conditions}
                onOpenShared={openShared}
                roles={ROLES_LIST}
                fired={test.fired ? test.fired.has(rule.id) : undefined}
                highlighted={highlight === rule.id}
                problems={problemsOf(ruleset.rules.indexOf(rule))}
                onChange={(r) =>
                  setRuleset({ ...ruleset, rules: ruleset.rules.map((x) => (x.id === rule.id ? r : x)) })
                }
                onRemove={() =>
                  setRuleset({ ...ruleset, rules: ruleset.rules.filter((x) => x.id !== rule.id) })
                }
              />
            ))}
        </div>
        {link.versions ? (
          <RulesVersionsPanel
            versions={versions}
            current={ruleset}
            pair={link.compare}
            onPair={onPair}
            focusable={focusable}
            onFocus={focus}
          />
        ) : (
          <RuleTestPanel ruleset={ruleset} test={test} />
        )}
      </div>
    </div>
  );
}
