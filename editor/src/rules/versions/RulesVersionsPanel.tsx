import { memo, useEffect, useRef, useState } from 'react';
import { diffRulesets, type DiffEntry, type Ruleset } from '@frontstage/engine';
import type { VersionRef } from '../../app/route';
import { DiffList } from '../../shared/versions/DiffList';
import { VersionList } from '../../shared/versions/VersionList';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { useVocabulary } from '../../shared/vocabulary';
import { rulesetEntryWords } from './ruleset-entry-words';
import type { RulesetVersionsApi } from './useRulesetVersions';

/** Two sides of a comparison as the address names them: published version numbers, or 'draft'. */
export type RulesVersionPair = [VersionRef, VersionRef];

const DRAFT = 0;
const toNumber = (v: VersionRef) => (v === 'draft' ? DRAFT : v);
const toRef = (v: number): VersionRef => (v === DRAFT ? 'draft' : v);

/**
 * The ruleset's published versions (change note, author, time) and a comparison of any two, or of
 * one with the rules being edited: each change in words, a click showing the rule it is about.
 */
export const RulesVersionsPanel = memo(function RulesVersionsPanel({
  versions,
  current,
  pair,
  onPair,
  focusable,
  onFocus,
}: {
  versions: RulesetVersionsApi;
  /** The rules as edited now: the "draft" side. */
  current: Ruleset;
  /** The comparison the address names: it runs when it appears or changes. */
  pair?: RulesVersionPair;
  onPair: (pair: RulesVersionPair | undefined) => void;
  focusable: (entry: DiffEntry) => boolean;
  onFocus: (entry: DiffEntry) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const vocabulary = useVocabulary();
  const previous = versions.versions[1]?.version ?? versions.versions[0]?.version ?? DRAFT;
  const [a, setA] = useState<number>(pair ? toNumber(pair[0]) : previous);
  const [b, setB] = useState<number>(pair ? toNumber(pair[1]) : DRAFT);
  const [entries, setEntries] = useState<DiffEntry[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!pair) setA(previous);
  }, [previous]);
  // The pair last compared: a comparison the address names (a shared link, back and forward) runs once.
  const ran = useRef<string | null>(null);
  const compare = async (x: number, y: number) => {
    setBusy(true);
    ran.current = `${toRef(x)}/${toRef(y)}`;
    onPair([toRef(x), toRef(y)]);
    try {
      const get = (v: number) => (v === DRAFT ? Promise.resolve(current) : versions.load(v));
      const [before, after] = await Promise.all([get(x), get(y)]);
      setEntries(rulesetEntryWords(diffRulesets(before, after), vocabulary));
      setFailure(null);
    } catch (e) {
      setEntries(null);
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const compareRef = useRef(compare);
  compareRef.current = compare;
  const asked = pair ? `${pair[0]}/${pair[1]}` : null;
  useEffect(() => {
    if (!pair || !versions.online || asked === ran.current) return;
    setA(toNumber(pair[0]));
    setB(toNumber(pair[1]));
    void compareRef.current(toNumber(pair[0]), toNumber(pair[1]));
  }, [asked, versions.online]);
  if (!versions.online) return <p className="hint">{t('ver.offline')}</p>;
  const options = [
    { v: DRAFT, label: t('rules.editing') },
    ...versions.versions.map((x) => ({ v: x.version, label: `v${x.version}` })),
  ];
  const picker = (name: string, label: string, value: number, set: (v: number) => void) => (
    <select name={name} aria-label={label} value={value} onChange={(e) => set(Number(e.target.value))}>
      {options.map((o) => (
        <option key={o.v} value={o.v}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <aside className="versions rules-versions" data-testid="rules-versions">
      <h3>{t('rules.versions')}</h3>
      {versions.versions.length === 0 && <p className="hint">{t('ver.none')}</p>}
      <VersionList versions={versions.versions} />
      <div className="row">
        {picker('diff-a', t('ver.compare'), a, setA)}
        <span>{t('ver.with')}</span>
        {picker('diff-b', t('ver.with'), b, setB)}
        <button type="button" onClick={() => void compare(a, b)} data-action="compare" disabled={busy}>
          {t('ver.compare')}
        </button>
      </div>
      {failure !== null && (
        <p className="error-text" role="alert" data-testid="compare-failed">
          {t('ver.compareFailed', { message: describeError(failure, i18n) })}
        </p>
      )}
      {entries &&
        (entries.length === 0 ? (
          <p className="hint">{t('ver.noChanges')}</p>
        ) : (
          <DiffList
            entries={entries}
            focusable={focusable}
            onFocus={onFocus}
            titles={{ focus: t('rules.showRule'), absent: t('rules.ruleNotHere') }}
          />
        ))}
      {entries && (
        <button
          type="button"
          className="link"
          onClick={() => {
            setEntries(null);
            onPair(undefined);
          }}
          data-action="clear-compare"
        >
          {t('ver.clear')}
        </button>
      )}
      {versions.error !== null && <p className="error-text">{describeError(versions.error, i18n)}</p>}
    </aside>
  );
});
