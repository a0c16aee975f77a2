import { useCallback, useMemo } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { Session } from '../../app/session';
import { Timeline } from '../../audit/Timeline';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { BlueprintView } from '../../shared/BlueprintView';
import { ClassificationView } from '../../shared/ClassificationView';
import { ticketMarks } from '../../shared/path-marks';
import { useNow } from '../../shared/useNow';
import { usePinnedBlueprint } from '../../shared/usePinnedBlueprint';
import { ReassignControl } from './ReassignControl';
import { RepeatFlag } from './RepeatFlag';
import { TicketActions } from './TicketActions';
import { TicketAttachments } from './TicketAttachments';
import { TicketComments } from './TicketComments';
import { TrackingLinkBox } from './TrackingLinkBox';
import { TicketFacts } from './TicketFacts';
import { derivedFactsOf } from '../../shared/facts/derived-reason';
import { TicketHeader } from './TicketHeader';
import { TicketPlace } from './TicketPlace';
import { TicketTimers } from './TicketTimers';
import { useTicket } from './useTicket';
import type { Text, TicketChange } from '@frontstage/engine';

const NO_TYPES: Readonly<Record<string, Text>> = {};

/** One ticket: its facts, its blueprint with the path taken, what to do now, comments, time standards, history. */
export function TicketPage({
  api,
  session,
  id,
  change,
  teams,
  types = NO_TYPES,
  onOpen = () => undefined,
  onBack,
}: {
  api: ApiClient;
  session: Session;
  id: string;
  change: TicketChange | null;
  teams: readonly string[];
  /** The ruleset's words for request types, for the tickets listed beside this one. */
  types?: Readonly<Record<string, Text>>;
  /** Opens another ticket: one of the customer's earlier requests, or a repeat of this fault. */
  onOpen?: (id: string) => void;
  onBack: () => void;
}) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { ticket, history, comments, error, handedOff, reload, accept } = useTicket(
    api,
    id,
    change,
    session.jobRole,
  );
  // Stable, so the memoized attachments panel renders again only when its attachments change.
  const reloadNow = useCallback(() => void reload(), [reload]);
  const { pinned } = usePinnedBlueprint(api, ticket?.blueprint);
  const now = useNow();
  const blueprint = pinned?.version.blueprint;
  const marks = useMemo(
    () =>
      blueprint && ticket
        ? ticketMarks(blueprint, ticket.path, ticket.status === 'open' ? ticket.state : undefined)
        : undefined,
    [blueprint, ticket],
  );
  const stepLabel = (stepId: string) => text(blueprint?.steps.find((s) => s.id === stepId)?.label) || stepId;
  // A 404 means the ticket moved on to a team or role this user does not see (staff visibility).
  const notice = handedOff
    ? t('ticket.handedOff')
    : error === null
      ? null
      : error instanceof ApiError && error.status === 404
        ? t('ticket.outOfView')
        : describeError(error, i18n);
  if (!ticket)
    return (
      <div className="ticket-page">
        <p className={notice ? 'hint' : 'placeholder'} role="status" data-testid="ticket-notice">
          {notice ?? '…'}
        </p>
      </div>
    );
  const supervises = session.role === 'supervisor' || session.role === 'admin';
  return (
    <div className="ticket-page" data-ticket-id={ticket.id}>
      <TicketHeader ticket={ticket} now={now} stepLabel={stepLabel} onBack={onBack} />
      {notice && (
        <p className="hint" role="status" data-testid="ticket-notice">
          {notice}
        </p>
      )}
      {/* An API from before the estate (#17) sends no repeats and no customer history. */}
      {ticket.repeats && <RepeatFlag repeats={ticket.repeats} types={types} onOpen={onOpen} />}
      <div className="ticket-grid">
        <div className="ticket-col wide">
          {blueprint && <BlueprintView blueprint={blueprint} marks={marks} />}
          <section className="panel-box">
            <h3>{t('ticket.history')}</h3>
            <Timeline entries={history} blueprint={blueprint} compact />
          </section>
        </div>
        <div className="ticket-col">
          <TicketActions
            api={api}
            ticket={ticket}
            stepLabel={stepLabel}
            onDone={accept}
            onStale={() => void reload()}
          />
          {supervises && ticket.status === 'open' && (
            <ReassignControl
              api={api}
              ticket={ticket}
              teams={teams}
              onDone={accept}
              onStale={() => void reload()}
            />
          )}
          {ticket.customerHistory && <TicketPlace ticket={ticket} types={types} onOpen={onOpen} />}
          <TicketFacts ticket={ticket} derived={derivedFactsOf(history)} />
          <TicketTimers
            ticket={ticket}
            now={now}
            stepLabel={stepLabel}
            noDeadline={blueprint?.steps.find((s) => s.id === ticket.state)?.noDeadline}
          />
          {ticket.classification && (
            <details className="panel-box">
              <summary>{t('ticket.whyClassified')}</summary>
              <ClassificationView classification={ticket.classification} testId="ticket-classification" />
            </details>
          )}
          {session.role === 'staff' || session.role === 'supervisor' ? (
            <TrackingLinkBox api={api} ticketId={ticket.id} />
          ) : null}
          {/* An API from before attachments (#18) sends none. */}
          {ticket.attachments && (
            <TicketAttachments
              api={api}
              ticketId={ticket.id}
              attachments={ticket.attachments}
              canWrite={session.role !== 'auditor'}
              onAdded={reloadNow}
            />
          )}
          <TicketComments
            api={api}
            ticketId={ticket.id}
            comments={comments}
            canWrite={session.role !== 'auditor'}
            onAdded={() => void reload()}
          />
        </div>
      </div>
    </div>
  );
}
