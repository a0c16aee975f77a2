import { describe, expect, it } from 'vitest';
import { linkPlan } from './link-plan.js';

describe('linkPlan', () => {
  const attachable = new Set(['a', 'b', 'c']);

  it('adds each new hash once, skipping those the ticket holds', () => {
    expect(linkPlan('hashes', ['a', 'b', 'a'], { attachable, linked: ['b'], perTicket: 6 })).toEqual({
      ok: true,
      add: ['a'],
    });
  });

  it('names every hash the caller may not attach by its index', () => {
    const plan = linkPlan('attachments', ['a', 'x', 'y'], { attachable, linked: [], perTicket: 6 });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.issues.map((i) => i.field)).toEqual(['attachments.1', 'attachments.2']);
  });

  it('refuses more than the ticket may hold, counting what it has', () => {
    const plan = linkPlan('hashes', ['b', 'c'], { attachable, linked: ['a'], perTicket: 2 });
    expect(plan).toMatchObject({ ok: false, tooMany: true, issues: [{ field: 'hashes' }] });
    expect(linkPlan('hashes', ['a', 'b'], { attachable, linked: ['a'], perTicket: 2 }).ok).toBe(true);
  });
});
