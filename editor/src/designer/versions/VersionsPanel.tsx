import { useEffect, useRef, useState } from 'react';
import { diffBlueprints, type Blueprint, type DiffEntry } from '@frontstage/engine';
import type { Selection } from '../../canvas/model/selection';
import { normaliseLayout } from '../../canvas/model/layout';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { diffMarks, type Comparison } from './diff';
import { DiffList } from '../../shared/versions/DiffList';
import type { VersionsApi } from './useVersions';
import { VersionList } from '../../shared/versions/VersionList';

const DRAFT = 0;

/** Two sides of a comparison as an address names them: version numbers, or 'draft'. */
export type VersionPair = [number | 'draft', number | 'draft'];
const toNumber = (v: number | 'draft') => (v === 'draft' ? DRAFT : v);
const toRef = (v: number): number | 'draft' => (v === DRAFT ? 'draft' : v);

/** What was compared: the changes, field by field. */
interface Result {
  entries: DiffEntry[];
}

/**
 * Published versions; compare any two (or a version with the draft). With the draft as the newer
 * side the changes are marked on the draft; with a published version it is drawn read-only.
 */
export function VersionsPanel({
  versions,
  current,
  onCompare,
  comparing,
  pair,
  onPair,
  onFocus,
}: {
  versions: VersionsApi;
  /** Selects (or, on a version drawn read-only, highlights) the step or flow an entry is about. */
  onFocus: (selection: Selection) => void;
  current: Blueprint;
  onCompare: (c: Comparison | undefined) => void;
  comparing: boolean;
  /** A comparison to show at once (the address named it); `onPair` hears of each one the user runs. */
  pair?: VersionPair;
  onPair?: (pair: VersionPair | undefined) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [a, setA] = useState<number>(pair ? toNumber(pair[0]) : DRAFT);
  const [b, setB] = useState<number>(pair ? toNumber(pair[1]) : DRAFT);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // By default compare the version before the latest with the draft: what this round changed.
  const previous = versions.versions[1]?.version ?? versions.versions[0]?.version ?? DRAFT;
  const linked = pair !== undefined;
  useEffect(() => {
    if (!linked) setA(previous);
  }, [previous, linked]);
  // A comparison the address names runs once, when the panel opens with it.
  const first = useRef(pair);
  const compareRef = useRef<((a: number, b: number) => Promise<void>) | null>(null);
  const online = versions.online;
  useEffect(() => {
    const asked = first.current;
    if (asked && online) void compareRef.current?.(toNumber(asked[0]), toNumber(asked[1]));
  }, [online]);
  if (!versions.online) return <p className="hint">{t('ver.offline')}</p>;
  const options = [
    { v: DRAFT, label: t('ver.draft') },
    ...versions.versions.map((x) => ({ v: x.version, label: `v${x.version}` })),
  ];
  const get = async (v: number) => (v === DRAFT ? current : normaliseLayout(await versions.load(v)));
  const compare = async (a: number, b: number) => {
    setBusy(true);
    onPair?.([toRef(a), toRef(b)]);
    try {
      const [before, after] = await Promise.all([get(a), get(b)]);
      const entries = diffBlueprints(before, after);
      setResult({ entries });
      setFailure(null);
      onCompare({
        marks: diffMarks(entries),
        view: b === DRAFT ? undefined : { blueprint: after, version: b },
      });
    } catch (e) {
      setResult(null);
      setFailure(e);
      onCompare(undefined);
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setResult(null);
    onCompare(undefined);
    onPair?.(undefined);
  };
  compareRef.current = compare;
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
    <div className="versions">
      <p>
        {t('ver.latest')}:{' '}
        <strong data-testid="latest-version">
          {versions.latest ? `v${versions.latest.version}` : t('ver.none')}
        </strong>
      </p>
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
      {result &&
        (result.entries.length === 0 ? (
          <p className="hint">{t('ver.noChanges')}</p>
        ) : (
          <DiffList
            entries={result.entries}
            focusable={(e) => e.side === 'after' && !!(e.stepId || e.flowId)}
            onFocus={(e) => onFocus({ steps: e.stepId ? [e.stepId] : [], flows: e.flowId ? [e.flowId] : [] })}
            titles={{ focus: t('ver.showOnCanvas'), absent: t('ver.notOnCanvas') }}
          />
        ))}
      {comparing && (
        <button type="button" className="link" onClick={clear} data-action="clear-compare">
          {t('ver.clear')}
        </button>
      )}
      {versions.error !== null && <p className="error-text">{describeError(versions.error, i18n)}</p>}
    </div>
  );
}
