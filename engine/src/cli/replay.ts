import { compile, type CompiledBlueprint } from '../compile.js';
import { checkReplay, replayHistory, type HistoryReplay, type TicketCheck } from '../history.js';
import type { Ticket } from '../ticket.js';
import { printDiagnostics, say, summary, type Out } from './format.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A published version as `GET /api/blueprints/:key/versions/:v` returns it, or the blueprint itself. */
function blueprintOf(doc: unknown): {
  blueprint: unknown;
  version?: { key?: unknown; version?: unknown; hash?: unknown };
} {
  return isObject(doc) && isObject(doc.blueprint)
    ? { blueprint: doc.blueprint, version: doc }
    : { blueprint: doc };
}

/** The history array, or the array inside `{ entries: [...] }`. */
const entriesOf = (doc: unknown): unknown =>
  isObject(doc) && Array.isArray(doc.entries) ? doc.entries : doc;

/** The engine's ticket, or the `snapshot` inside an API ticket view or row. */
const ticketOf = (doc: unknown): unknown => (isObject(doc) && isObject(doc.snapshot) ? doc.snapshot : doc);

interface StepLine {
  seq: number;
  at: string;
  event: string;
  role: string;
  from: string;
  to: string | null;
  recordedTo: string | null;
  refused?: string;
}

function stepsOf(replayed: Exclude<HistoryReplay, { reason: 'history_invalid' }>): StepLine[] {
  const lines = replayed.trail.map((ticket, i): StepLine => {
    const source = replayed.sources[i]!;
    const from = i === 0 ? (ticket.path[0] ?? '') : replayed.trail[i - 1]!.state;
    return {
      seq: source.seq,
      at: source.at,
      event: source.eventType ?? '',
      role: source.actorRole,
      from,
      to: ticket.state,
      recordedTo: source.toState ?? null,
    };
  });
  if (!replayed.ok) {
    const source = replayed.sources[replayed.index];
    if (source)
      lines.push({
        seq: source.seq,
        at: source.at,
        event: source.eventType ?? '',
        role: source.actorRole,
        from: replayed.trail.at(-1)?.state ?? '',
        to: null,
        recordedTo: source.toState ?? null,
        refused: replayed.rejection.code,
      });
  }
  return lines;
}

function finalLine(out: Out, compiled: CompiledBlueprint, ticket: Ticket): string {
  const s = compiled.blueprint.steps.find((x) => x.id === ticket.state);
  return `final  ${ticket.state}${s ? ` — ${say(out, s.label)}` : ''} [${ticket.status}]${ticket.overdue ? ' OVERDUE' : ticket.atRisk ? ' at risk' : ''}`;
}

/** Warnings when the history was pinned to another blueprint or version than the file given. */
function pinWarnings(
  replayed: Exclude<HistoryReplay, { reason: 'history_invalid' }>,
  compiled: CompiledBlueprint,
  version: { version?: unknown } | undefined,
): string[] {
  const intake = replayed.sources[0] as Record<string, unknown> | undefined;
  if (!intake) return [];
  const warnings: string[] = [];
  if (typeof intake.blueprintKey === 'string' && intake.blueprintKey !== compiled.key)
    warnings.push(
      `history is pinned to blueprint "${intake.blueprintKey}", the file holds "${compiled.key}"`,
    );
  if (
    typeof intake.blueprintVersion === 'number' &&
    typeof version?.version === 'number' &&
    intake.blueprintVersion !== version.version
  )
    warnings.push(
      `history is pinned to version ${intake.blueprintVersion}, the file holds version ${version.version}`,
    );
  return warnings;
}

/**
 * `frontstage replay BLUEPRINT HISTORY [--ticket TICKET]`: replays a ticket's audit history over
 * its blueprint, prints every step and the final state, and with a stored ticket compares the two.
 * Exit 0 when everything agrees, 1 on a mismatch or refusal, 2 when the input cannot be used.
 */
export function replayCommand(
  out: Out,
  blueprintDoc: unknown,
  historyDoc: unknown,
  ticketDoc: unknown,
  json: boolean,
): number {
  const { blueprint, version } = blueprintOf(blueprintDoc);
  const compiled = compile(blueprint);
  if (!compiled.ok) {
    out.error(`blueprint: ${summary(out, compiled.report.diagnostics)}`);
    printDiagnostics({ ...out, line: (t = '') => out.error(t) }, compiled.report.diagnostics);
    return 2;
  }
  const replayed = replayHistory(compiled, entriesOf(historyDoc));
  if (!replayed.ok && replayed.reason === 'history_invalid') {
    out.error(out.lang === 'zh-CN' ? '历史记录无法读取：' : 'history cannot be read:');
    for (const issue of replayed.issues)
      out.error(`  ✗ ${issue.code} [${issue.path.join('.')}]: ${issue.message}`);
    return 2;
  }
  const hashMismatch =
    typeof version?.hash === 'string' && version.hash !== compiled.hash ? version.hash : undefined;
  const check: TicketCheck = checkReplay(replayed, ticketDoc === undefined ? undefined : ticketOf(ticketDoc));
  const steps = stepsOf(replayed);
  const warnings = pinWarnings(replayed, compiled, version);
  const ok = check.ok && !hashMismatch;
  if (json) {
    out.line(
      JSON.stringify(
        {
          ok,
          blueprint: { key: compiled.key, hash: compiled.hash },
          steps,
          ticket: replayed.ok ? replayed.ticket : null,
          check,
          warnings,
          ...(hashMismatch ? { versionHash: hashMismatch } : {}),
        },
        null,
        2,
      ),
    );
    return ok ? 0 : 1;
  }
  out.line(
    `${compiled.key} ${compiled.hash.slice(0, 12)}: ${replayed.commands.length} accepted entr${replayed.commands.length === 1 ? 'y' : 'ies'}`,
  );
  if (hashMismatch)
    out.line(`  ✗ the version says hash ${hashMismatch}, its blueprint hashes to ${compiled.hash}`);
  for (const w of warnings) out.line(`  ! ${w}`);
  for (const s of steps) {
    const drift =
      s.recordedTo !== null && s.to !== null && s.recordedTo !== s.to ? `   ✗ recorded ${s.recordedTo}` : '';
    out.line(
      `  #${String(s.seq).padEnd(5)} ${s.at}  ${s.event.padEnd(16)} ${s.role.padEnd(12)} ${s.from} -> ${s.to ?? `✗ ${s.refused}`}${drift}`,
    );
  }
  if (replayed.ok) out.line(finalLine(out, compiled, replayed.ticket));
  if (!check.ok) out.line(`✗ ${check.reason}: ${say(out, check.message)}`);
  else if (ticketDoc !== undefined && !hashMismatch)
    out.line(out.lang === 'zh-CN' ? '✓ 存储的工单与重放一致' : '✓ the stored ticket matches the replay');
  return ok ? 0 : 1;
}
