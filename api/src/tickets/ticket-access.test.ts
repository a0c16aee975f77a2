import { describe, expect, it } from 'vitest';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { canSee, delimitRoles, SERVICE_CENTRE_TEAM } from './ticket-access.js';

const engineer: CurrentUserData = {
  id: 'u1',
  username: 'engineer',
  role: 'staff',
  jobRole: 'engineer',
  team: 'engineering',
};

describe('ticket access', () => {
  it('shows staff their team and the tickets waiting for their job role', () => {
    expect(canSee(engineer, { team: 'engineering', assignedRoles: ',' })).toBe(true);
    expect(
      canSee(engineer, { team: 'cleaning', assignedRoles: delimitRoles(['dispatcher', 'engineer']) }),
    ).toBe(true);
    expect(canSee(engineer, { team: 'cleaning', assignedRoles: delimitRoles(['frontdesk']) })).toBe(false);
  });

  it('matches whole role names only', () => {
    expect(
      canSee(
        { ...engineer, jobRole: 'engine', team: undefined },
        { team: null, assignedRoles: delimitRoles(['engineer']) },
      ),
    ).toBe(false);
  });

  it('shows designers no tickets and supervisors every ticket', () => {
    expect(canSee({ ...engineer, role: 'designer' }, { team: 'engineering', assignedRoles: ',' })).toBe(
      false,
    );
    expect(
      canSee({ ...engineer, role: 'supervisor', team: undefined }, { team: 'x', assignedRoles: ',' }),
    ).toBe(true);
  });

  it('shows the service centre every ticket and staff the tickets they opened', () => {
    const elsewhere = { team: 'cleaning', assignedRoles: delimitRoles(['frontdesk']) };
    expect(SERVICE_CENTRE_TEAM).toBe('customer_service');
    expect(canSee({ ...engineer, team: 'customer_service' }, elsewhere)).toBe(true);
    expect(canSee(engineer, { ...elsewhere, createdBy: 'engineer' })).toBe(true);
    expect(canSee(engineer, { ...elsewhere, createdBy: 'someone-else' })).toBe(false);
    expect(canSee({ ...engineer, role: 'auditor' }, elsewhere)).toBe(true);
  });

  it('delimits role lists on both ends, and an empty list by a lone comma', () => {
    expect(delimitRoles([])).toBe(',');
    expect(delimitRoles(['engineer'])).toBe(',engineer,');
    expect(delimitRoles(['dispatcher', 'engineer'])).toBe(',dispatcher,engineer,');
  });
});
