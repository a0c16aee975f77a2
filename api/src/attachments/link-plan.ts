import type { FieldIssue } from '../common/zod-validation.pipe.js';

/** What linking a list of hashes to a ticket would do: the hashes to add, or why it may not. */
export type LinkPlan = { ok: true; add: string[] } | { ok: false; issues: FieldIssue[]; tooMany: boolean };

/**
 * Decides a link request. Each hash must be one the caller may attach (`attachable`: they
 * uploaded it or can already read it); a hash the ticket holds already, or named twice, is linked
 * once; the ticket may then hold at most `perTicket`. Every problem is listed, by field
 * (`attachments.2`), and one problem refuses the whole request.
 * @example linkPlan('hashes', ['a', 'a'], { attachable: new Set(['a']), linked: [], perTicket: 6 }) // { ok: true, add: ['a'] }
 */
export function linkPlan(
  field: string,
  hashes: readonly string[],
  known: { attachable: ReadonlySet<string>; linked: readonly string[]; perTicket: number },
): LinkPlan {
  const issues: FieldIssue[] = [];
  hashes.forEach((hash, i) => {
    // Another's upload is named as unknown: whether it exists is not the caller's to learn.
    if (!known.attachable.has(hash))
      issues.push({
        field: `${field}.${i}`,
        message: 'no attachment you uploaded or can read has this hash',
      });
  });
  const linked = new Set(known.linked);
  const add = [...new Set(hashes)].filter((hash) => !linked.has(hash));
  const tooMany = linked.size + add.length > known.perTicket;
  if (tooMany)
    issues.push({
      field,
      message: `a ticket holds at most ${known.perTicket} attachments (it has ${linked.size}, ${add.length} more asked)`,
    });
  return issues.length > 0 ? { ok: false, issues, tooMany } : { ok: true, add };
}
