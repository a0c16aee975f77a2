import { useEffect, useState } from 'react';
import type { Blueprint } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { diffBlueprints, diffMarks, type BlueprintDiff, type DiffMarks } from './diff';
import type { VersionsApi } from './useVersions';

const DRAFT = 0;

/** Published versions; compare any two (or a version with the draft) and highlight the changes. */
export function VersionsPanel({
  versions,
  current,
  onDiff,
  diffActive,
}: {
  versions: VersionsApi;
  current: Blueprint;
  onDiff: (m: DiffMarks | undefined) => void;
  diffActive: boolean;
}) {
  const { t, text } = useI18n();
  const [a, setA] = useState<number>(DRAFT);
  const [b, setB] = useState<number>(DRAFT);
  const latest = versions.latest?.version ?? 0;
  // By default compare the version before the latest with the draft: what this round changed.
  useEffect(() => setA(Math.max(latest - 1, latest > 0 ? 1 : 0)), [latest]);
  const [result, setResult] = useState<BlueprintDiff | null>(null);
  if (!versions.online) return <p className="hint">{t('ver.offline')}</p>;
  const options = [
    { v: DRAFT, label: t('ver.draft') },
    ...versions.numbers.map((v) => ({ v, label: `v${v}` })),
  ];
  const get = async (v: number) => (v === DRAFT ? current : await versions.load(v));
  const compare = async () => {
    const [before, after] = await Promise.all([get(a), get(b)]);
    if (!before || !after) return;
    const diff = diffBlueprints(before, after);
    setResult(diff);
    onDiff(diffMarks(diff));
  };
  const stepName = (id: string) => text(current.steps.find((s) => s.id === id)?.label) || id;
  const flowName = (id: string) => {
    const f = current.flows.find((x) => x.id === id);
    return f ? `${stepName(f.from)} → ${stepName(f.to)}${f.event ? ` (${f.event})` : ''}` : id;
  };
  const changes = result
    ? [
        ...result.steps.map((x) => ({ ...x, kind: 'step' })),
        ...result.flows.map((x) => ({ ...x, kind: 'flow' })),
      ]
    : [];
  return (
    <div className="versions">
      <p>
        {t('ver.latest')}:{' '}
        <strong data-testid="latest-version">
          {versions.latest ? `v${versions.latest.version}` : t('ver.none')}
        </strong>
        {versions.latest && (
          <span className="muted"> · {new Date(versions.latest.publishedAt).toLocaleString()}</span>
        )}
      </p>
      {versions.numbers.length > 0 && (
        <ul className="version-list">
          {versions.numbers.map((v) => (
            <li key={v}>v{v}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <select
          name="diff-a"
          aria-label={t('ver.compare')}
          value={a}
          onChange={(e) => setA(Number(e.target.value))}
        >
          {options.map((o) => (
            <option key={o.v} value={o.v}>
              {o.label}
            </option>
          ))}
        </select>
        <span>{t('ver.with')}</span>
        <select
          name="diff-b"
          aria-label={t('ver.with')}
          value={b}
          onChange={(e) => setB(Number(e.target.value))}
        >
          {options.map((o) => (
            <option key={o.v} value={o.v}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void compare()} data-action="compare">
          {t('ver.compare')}
        </button>
      </div>
      {result &&
        (changes.length === 0 ? (
          <p className="hint">{t('ver.noChanges')}</p>
        ) : (
          <ul className="changes">
            {changes.map((c) => (
              <li key={`${c.kind}-${c.id}`} className={`change-${c.change}`}>
                <span className="chip">{t(`ver.${c.change}`)}</span>{' '}
                {c.kind === 'step' ? stepName(c.id) : flowName(c.id)}
              </li>
            ))}
          </ul>
        ))}
      {diffActive && (
        <button
          type="button"
          className="link"
          onClick={() => {
            setResult(null);
            onDiff(undefined);
          }}
        >
          {t('ver.clear')}
        </button>
      )}
      {versions.error && <p className="error-text">{versions.error}</p>}
    </div>
  );
}
