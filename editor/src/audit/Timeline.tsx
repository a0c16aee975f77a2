import type { AuditEntry, Blueprint, Classification } from '@frontstage/engine';
import { TimelineEntry } from './TimelineEntry';

/** A ticket's audit entries in the order they were written. */
export function Timeline({
  entries,
  blueprint,
  classification,
  compact = false,
}: {
  entries: readonly AuditEntry[];
  blueprint?: Blueprint;
  classification?: Classification | null;
  compact?: boolean;
}) {
  return (
    <ol className={`timeline ${compact ? 'is-compact' : ''}`} data-testid="timeline">
      {[...entries]
        .sort((a, b) => a.seq - b.seq)
        .map((entry) => (
          <TimelineEntry
            key={entry.seq}
            entry={entry}
            blueprint={blueprint}
            classification={entry.eventType === 'INTAKE' ? classification : undefined}
            compact={compact}
          />
        ))}
    </ol>
  );
}
