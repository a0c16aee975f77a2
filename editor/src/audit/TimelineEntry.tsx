import {
  AUDIT_COMMANDS,
  type AuditCommand,
  type AuditEntry,
  type Blueprint,
  type Classification,
  type Text,
} from '@frontstage/engine';
import { useWords, type Words } from '../shared/vocabulary';
import { useI18n } from '../i18n/useI18n';
import { ClassificationView } from '../shared/ClassificationView';
import { formatBytes } from '../shared/attachment-size';
import { formatDateTime } from '../shared/time-format';
import { attachmentRefs, typeName } from './attachment-refs';

const isText = (v: unknown): v is Text =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as Text).en === 'string' &&
  typeof (v as Text)['zh-CN'] === 'string';

/** A recorded value as the reader says it: an option's label, yes or no, text and numbers as they are. */
const show = (words: Words, name: string, v: unknown) =>
  typeof v === 'string' ? words.value(name, v) : typeof v === 'boolean' ? (v ? '✓' : '✕') : JSON.stringify(v);

/** What an entry did, as a code: the event, or the command when it carries none (a comment, a reassignment). */
export function entryName(entry: AuditEntry): string {
  if (entry.command === 'ticket.comment') return 'COMMENT';
  return entry.eventType ?? entry.command;
}

/** What an entry did, in words: the event's label, or the command's. */
export function useEntryLabel(): (entry: AuditEntry) => string {
  const { t } = useI18n();
  const words = useWords();
  return (entry) =>
    entry.eventType
      ? words.event(entry.eventType)
      : (AUDIT_COMMANDS as readonly string[]).includes(entry.command)
        ? t(`command.${entry.command as AuditCommand}`)
        : entry.command;
}

/**
 * One audit entry: who (actor and role), when, what, with which data, from which step to which,
 * and why: the rule trace of an intake, the reason of a refusal.
 */
export function TimelineEntry({
  entry,
  blueprint,
  classification,
  compact = false,
}: {
  entry: AuditEntry;
  blueprint?: Blueprint;
  /** The full classification of the ticket, shown with the intake entry. */
  classification?: Classification | null;
  compact?: boolean;
}) {
  const { t, text, locale } = useI18n();
  const words = useWords();
  const entryLabel = useEntryLabel();
  const step = (id: string | null) =>
    id ? text(blueprint?.steps.find((s) => s.id === id)?.label) || id : '—';
  const flowName = (id: string) => {
    const flow = blueprint?.flows.find((f) => f.id === id);
    return flow ? `${step(flow.from)} → ${step(flow.to)}` : id;
  };
  const refused = entry.outcome === 'refused';
  const trace = entry.trace;
  const reason = isText(trace?.message) ? text(trace.message) : null;
  const decided = trace?.classification;
  // Attachments are listed by hash below, not as raw data.
  const data = Object.entries(entry.data ?? {}).filter(([k]) => k !== 'commentId' && k !== 'attachments');
  const attachments = attachmentRefs(entry);
  return (
    <li
      className={`timeline-entry ${refused ? 'is-refused' : 'is-accepted'}`}
      data-seq={entry.seq}
      data-outcome={entry.outcome}
      data-event={entryName(entry)}
    >
      <div className="timeline-head">
        <span className="timeline-seq">#{entry.seq}</span>
        <strong className="timeline-event">{entryLabel(entry)}</strong>
        {refused && <span className="badge-refused">{t('audit.refused')}</span>}
        <span className="timeline-actor">
          <span data-username>{entry.actorId}</span>{' '}
          <span className="muted">({words.role(entry.actorRole)})</span>
        </span>
        <time className="muted" dateTime={entry.at}>
          {formatDateTime(entry.at, locale)}
        </time>
      </div>
      <div className="timeline-move">
        {step(entry.fromState)} → {refused ? <em>{t('audit.noMove')}</em> : step(entry.toState)}
      </div>
      {data.length > 0 && (
        <dl className="timeline-data">
          {data.map(([k, v]) => (
            <div key={k}>
              <dt>{k === 'team' ? t('rules.team') : words.name(k)}</dt>
              <dd>{k === 'team' && typeof v === 'string' ? words.team(v) : show(words, k, v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {attachments.length > 0 && (
        <p className="muted timeline-attachments" data-testid="entry-attachments">
          {t('audit.attachments')}:{' '}
          {attachments.map((a) => (
            <span key={a.hash} data-hash={a.hash} title={a.hash}>
              <code>{a.hash.slice(0, 12)}…</code> ({typeName(a.mime)}, {formatBytes(a.bytes)}){' '}
            </span>
          ))}
        </p>
      )}
      {refused && (
        <p className="timeline-reason" data-testid="refusal">
          <code>{entry.code}</code> {reason}
        </p>
      )}
      {!compact && decided && (
        <div className="timeline-trace" data-testid="intake-trace">
          <span>
            {t('rules.class')}:{' '}
            <strong className={`class-${decided.class}`}>
              {decided.class ? t(`class.${decided.class}`) : '—'}
            </strong>{' '}
            · {t('rules.priority')}: {decided.priority ? t(`priority.${decided.priority}`) : '—'} ·{' '}
            {t('rules.team')}: {decided.team ? words.team(decided.team) : '—'}
          </span>
          {decided.decidedBy && (
            <span className="muted">
              {' '}
              · {t('rules.decidedBy')}:{' '}
              {[...new Set(Object.values(decided.decidedBy))]
                .map((rule) => (rule === 'defaults' ? t('rules.defaults') : words.rule(rule)))
                .join('、')}
            </span>
          )}
          {classification && (
            <details>
              <summary>{t('audit.explanation')}</summary>
              <ClassificationView classification={classification} testId="timeline-classification" />
            </details>
          )}
        </div>
      )}
      {!compact && !decided && trace?.flows && trace.flows.length > 0 && (
        <p className="muted timeline-flows">
          {t('audit.flows')}: {trace.flows.map(flowName).join('；')}
        </p>
      )}
    </li>
  );
}
