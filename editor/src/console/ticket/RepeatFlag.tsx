import type { Text, TicketDetail } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { TicketSummaryItem } from './TicketSummaryItem';

/**
 * The repeat-fault flag (重复报修): the same place reported the same trouble within 30 days, so
 * the first fix may not have held. Lists the reports this one repeats and those that repeat it.
 */
export function RepeatFlag({
  repeats,
  types,
  onOpen,
}: {
  repeats: TicketDetail['repeats'];
  types: Readonly<Record<string, Text>>;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const { earlier, later } = repeats;
  if (earlier.length + later.length === 0) return null;
  return (
    <section
      className="panel-box repeat-flag"
      role="alert"
      data-testid="repeat-flag"
      data-earlier={earlier.length}
      data-later={later.length}
    >
      <h3>⟲ {t('repeat.title')}</h3>
      <p className="hint">{t('repeat.hint')}</p>
      {earlier.length > 0 && (
        <>
          <h4>{t('repeat.earlier', { count: earlier.length })}</h4>
          <ol className="summaries" data-testid="repeat-earlier">
            {earlier.map((s) => (
              <TicketSummaryItem key={s.id} summary={s} types={types} onOpen={onOpen} />
            ))}
          </ol>
        </>
      )}
      {later.length > 0 && (
        <>
          <h4>{t('repeat.later', { count: later.length })}</h4>
          <ol className="summaries" data-testid="repeat-later">
            {later.map((s) => (
              <TicketSummaryItem key={s.id} summary={s} types={types} onOpen={onOpen} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
