import type { ApiRole } from '../common/roles.decorator.js';

/** One demo user per role the product knows; staff carry the job role and team blueprints route to. */
export const DEMO_USERS: { username: string; role: ApiRole; jobRole: string; team: string | null }[] = [
  { username: 'designer', role: 'designer', jobRole: 'designer', team: null },
  { username: 'frontdesk', role: 'staff', jobRole: 'frontdesk', team: 'customer_service' },
  { username: 'dispatcher', role: 'staff', jobRole: 'dispatcher', team: 'customer_service' },
  { username: 'engineer', role: 'staff', jobRole: 'engineer', team: 'engineering' },
  { username: 'security', role: 'staff', jobRole: 'security', team: 'security' },
  { username: 'cleaner', role: 'staff', jobRole: 'cleaner', team: 'cleaning' },
  { username: 'coordinator', role: 'staff', jobRole: 'supplier_coordinator', team: 'supplier' },
  { username: 'manager', role: 'supervisor', jobRole: 'site_manager', team: null },
  { username: 'quality', role: 'supervisor', jobRole: 'quality', team: null },
  { username: 'supervisor', role: 'supervisor', jobRole: 'supervisor', team: null },
  { username: 'auditor', role: 'auditor', jobRole: 'auditor', team: null },
  { username: 'admin', role: 'admin', jobRole: 'admin', team: null },
];
