import { useI18n } from '../../i18n/useI18n';
import { useWords } from '../../shared/vocabulary';
import type { WorkloadRow } from '@frontstage/engine';

/** Open tickets per team: emergencies, at risk, overdue, and which roles they wait for. */
export function WorkloadTable({ rows }: { rows: readonly WorkloadRow[] }) {
  const { t } = useI18n();
  const words = useWords();
  if (rows.length === 0) return <p className="hint">{t('super.noWork')}</p>;
  return (
    <table className="data-table" data-testid="workload">
      <thead>
        <tr>
          <th>{t('rules.team')}</th>
          <th>{t('super.open')}</th>
          <th>{t('class.emergency')}</th>
          <th>{t('queue.atRisk')}</th>
          <th>{t('queue.overdue')}</th>
          <th>{t('super.byRole')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.team ?? '-'} data-team={r.team ?? ''}>
            <th scope="row">{r.team ? words.team(r.team) : '—'}</th>
            <td>{r.open}</td>
            <td className={r.emergency ? 'class-emergency' : ''}>{r.emergency}</td>
            <td className={r.atRisk ? 'is-risk' : ''}>{r.atRisk}</td>
            <td className={r.overdue ? 'is-overdue' : ''}>{r.overdue}</td>
            <td>
              {Object.entries(r.byRole)
                .map(([role, n]) => `${words.role(role)} ${n}`)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
