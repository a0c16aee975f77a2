import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketRow } from '../../src/database/entities.js';
import { TicketsRepository, type TicketPatch } from '../../src/tickets/tickets.repository.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

// The service checks the version before it writes; these go past it, to the UPDATE that must hold on its own.
describe.each(DB_KINDS)('the version-checked ticket update on %s', (kind) => {
  let api: Api;
  let tickets: TicketsRepository;
  let id: string;
  const noTimers = { cancelled: [], started: [], at: '2026-11-24T09:00:00.000Z' };

  const patchOf = (row: TicketRow, version: number): TicketPatch => ({
    state: `${row.state}-written`,
    status: row.status,
    team: row.team,
    assignedRoles: row.assignedRoles,
    escalatedTo: row.escalatedTo,
    nextBreach: row.nextBreach,
    overdue: row.overdue,
    atRisk: row.atRisk,
    updatedAt: noTimers.at,
    snapshot: row.snapshot,
    version,
  });
  const update = (expected: number, patch: TicketPatch) =>
    api.dataSource.transaction((m) => tickets.updateWithTimers(m, id, expected, patch, noTimers));
  const stored = async () => (await tickets.findById(id))!;

  beforeAll(async () => {
    api = await startApi(kind, { app: { scheduler: { enabled: false } } });
    tickets = api.app.get(TicketsRepository);
    const auth = { authorization: `Bearer ${await api.token('frontdesk')}` };
    const { body } = await api.http
      .post('/api/tickets')
      .set(auth)
      .send({ facts: { description: 'tap drips' } })
      .expect(201);
    id = body.id as string;
    await api.http
      .post(`/api/tickets/${id}/events`)
      .set(auth)
      .send({ type: 'RECORDED', data: { location: 'kitchen' }, expectedVersion: 1 })
      .expect(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses a stale expected version and writes nothing', async () => {
    const before = await stored();
    expect(before.version).toBe(2);
    await expect(update(1, patchOf(before, 2))).resolves.toBe(false);
    expect(await stored()).toEqual(before);
  });

  it('refuses an expected version from the future', async () => {
    const before = await stored();
    await expect(update(3, patchOf(before, 4))).resolves.toBe(false);
    expect(await stored()).toEqual(before);
  });

  it('writes the patch when the row is at the expected version', async () => {
    const before = await stored();
    await expect(update(2, patchOf(before, 3))).resolves.toBe(true);
    expect(await stored()).toMatchObject({
      version: 3,
      state: `${before.state}-written`,
      updatedAt: noTimers.at,
    });
  });
});
