import type { ApiRole } from '../common/roles.decorator.js';

/** A demo account: its API role, the job role and team blueprints route to, and where it works. */
export interface DemoUser {
  username: string;
  role: ApiRole;
  jobRole: string;
  team: string | null;
  /** The demo sites it works at (see demo-estate.ts). */
  sites: string[];
  /** Sees every site: the quality desk (auditors, admins and designers do by their role). */
  companyWide: boolean;
}

const at = (sites: string[], companyWide = false) => ({ sites, companyWide });
const CUIHU = at(['cuihu']);
const KEYUAN = at(['keyuan']);
const COMPANY = at([], true);

/**
 * One demo user per role the product knows, working at 翠湖苑 (cuihu); a front desk, an engineer and
 * a manager of 科苑科技园 (keyuan); and the company's quality desk, auditor, admin and designer.
 */
export const DEMO_USERS: DemoUser[] = [
  { username: 'designer', role: 'designer', jobRole: 'designer', team: null, ...COMPANY },
  { username: 'frontdesk', role: 'staff', jobRole: 'frontdesk', team: 'customer_service', ...CUIHU },
  { username: 'dispatcher', role: 'staff', jobRole: 'dispatcher', team: 'customer_service', ...CUIHU },
  { username: 'engineer', role: 'staff', jobRole: 'engineer', team: 'engineering', ...CUIHU },
  { username: 'security', role: 'staff', jobRole: 'security', team: 'security', ...CUIHU },
  { username: 'cleaner', role: 'staff', jobRole: 'cleaner', team: 'cleaning', ...CUIHU },
  { username: 'coordinator', role: 'staff', jobRole: 'supplier_coordinator', team: 'supplier', ...CUIHU },
  { username: 'manager', role: 'supervisor', jobRole: 'site_manager', team: null, ...CUIHU },
  { username: 'quality', role: 'supervisor', jobRole: 'quality', team: null, ...COMPANY },
  { username: 'supervisor', role: 'supervisor', jobRole: 'supervisor', team: null, ...CUIHU },
  { username: 'auditor', role: 'auditor', jobRole: 'auditor', team: null, ...COMPANY },
  { username: 'admin', role: 'admin', jobRole: 'admin', team: null, ...COMPANY },
  {
    username: 'keyuan.frontdesk',
    role: 'staff',
    jobRole: 'frontdesk',
    team: 'customer_service',
    ...KEYUAN,
  },
  { username: 'keyuan.engineer', role: 'staff', jobRole: 'engineer', team: 'engineering', ...KEYUAN },
  { username: 'keyuan.manager', role: 'supervisor', jobRole: 'site_manager', team: null, ...KEYUAN },
];
