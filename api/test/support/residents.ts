import { resolve } from 'node:path';
import { runSql } from '../../src/database/sql.js';
import {
  SIGN_IN_CODE_SENDER,
  type LoggingSignInCodeSender,
} from '../../src/residents/sign-in-code-sender.js';
import type { Api } from './harness.js';

/** The shipped blueprints and ruleset: the resident's path runs through in-home-repair's quote, work, acceptance and callback. */
export const SHIPPED_BLUEPRINTS = resolve(import.meta.dirname, '../../../blueprints');

/** A demo customer holding a home at 翠湖苑 (cuihu), and one of that home's unit ids. */
export async function demoResident(
  api: Api,
  offset = 0,
): Promise<{ id: string; phone: string; unitId: string }> {
  const rows = await runSql<{ id: string; phone: string; unit_id: string }>(
    api.dataSource,
    `SELECT c.id, c.phone, cu.unit_id FROM customers c JOIN customer_units cu ON cu.customer_id = c.id
     WHERE cu.site_id = 'cuihu' AND c.phone LIKE '1%' ORDER BY c.phone LIMIT 1 OFFSET ${offset}`,
  );
  const row = rows[0]!;
  return { id: row.id, phone: row.phone, unitId: row.unit_id };
}

/** Signs a resident in as the app does: asks for a code, reads it from the demo sender, sends it back. */
export async function residentToken(api: Api, phone: string): Promise<string> {
  await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
  const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone)!;
  const res = await api.http.post('/api/residents/auth/sign-in').send({ phone, code }).expect(200);
  return res.body.token as string;
}

/** Sends a staff event with the ticket's current version; answers the ticket detail. */
export async function staffEvent(
  api: Api,
  username: string,
  id: string,
  type: string,
  data?: Record<string, unknown>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await api.token(username);
  const current = await api.http
    .get(`/api/tickets/${id}`)
    .set('authorization', `Bearer ${token}`)
    .expect(200);
  const res = await api.http
    .post(`/api/tickets/${id}/events`)
    .set('authorization', `Bearer ${token}`)
    .send({ type, ...(data ? { data } : {}), expectedVersion: current.body.version });
  return { status: res.status, body: res.body as Record<string, unknown> };
}
