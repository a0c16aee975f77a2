import { describe, expect, it } from 'vitest';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { canSee, delimitRoles, SERVICE_CENTRE_TEAM } from './ticket-access.js';

const engineer: CurrentUserData = {
  id: 'u1',
  username: 'engineer',
  role: 'staff',
  jobRole: 'engineer',
  team: 'engineering',
  sites: ['cuihu'],
};

describe('ticket access', () => {
  it('shows staff their team and the tickets waiting for their job role', () => {
    expect(canSee(engineer, { siteId: 'cuihu', team: 'engineering', assignedRoles: ',' })).toBe(true);
    expect(
      canSee(engineer, {
        siteId: 'cuihu',
        team: 'cleaning',
        assignedRoles: delimitRoles(['dispatcher', 'engineer']),
      }),
    ).toBe(true);
    expect(
      canSee(engineer, { siteId: 'cuihu', team: 'cleaning', assignedRoles: delimitRoles(['frontdesk']) }),
    ).toBe(false);
  });

  it('matches whole role names only', () => {
    expect(
      canSee(
        { ...engineer, jobRole: 'engine', team: undefined },
        { siteId: 'cuihu', team: null, assignedRoles: delimitRoles(['engineer']) },
      ),
    ).toBe(false);
  });

  it('shows designers no tickets and supervisors every ticket', () => {
    expect(
      canSee({ ...engineer, role: 'designer' }, { siteId: 'cuihu', team: 'engineering', assignedRoles: ',' }),
    ).toBe(false);
    expect(
      canSee(
        { ...engineer, role: 'supervisor', team: undefined },
        { siteId: 'cuihu', team: 'x', assignedRoles: ',' },
      ),
    ).toBe(true);
  });

  it('shows the service centre every ticket and staff the tickets they opened', () => {
    const elsewhere = { siteId: 'cuihu', team: 'cleaning', assignedRoles: delimitRoles(['frontdesk']) };
    expect(SERVICE_CENTRE_TEAM).toBe('customer_service');
    expect(canSee({ ...engineer, team: 'customer_service' }, elsewhere)).toBe(true);
    expect(canSee(engineer, { ...elsewhere, createdBy: 'engineer' })).toBe(true);
    expect(canSee(engineer, { ...elsewhere, createdBy: 'someone-else' })).toBe(false);
    expect(canSee({ ...engineer, role: 'auditor' }, elsewhere)).toBe(true);
  });

  it('shows no one below company level a ticket of a site outside their sites', () => {
    const keyuan = {
      siteId: 'keyuan',
      team: 'engineering',
      assignedRoles: ',engineer,',
      createdBy: 'engineer',
    };
    expect(canSee(engineer, keyuan)).toBe(false);
    expect(canSee({ ...engineer, role: 'supervisor' }, keyuan)).toBe(false);
    expect(canSee({ ...engineer, role: 'supervisor', sites: ['cuihu', 'keyuan'] }, keyuan)).toBe(true);
    expect(canSee({ ...engineer, role: 'auditor', sites: '*' }, keyuan)).toBe(true);
  });

  it('delimits role lists on both ends, and an empty list by a lone comma', () => {
    expect(delimitRoles([])).toBe(',');
    expect(delimitRoles(['engineer'])).toBe(',engineer,');
    expect(delimitRoles(['dispatcher', 'engineer'])).toBe(',dispatcher,engineer,');
  });
});
