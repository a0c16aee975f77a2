import { CUSTOMER_ROLE, type Lane } from '@frontstage/engine';

/**
 * The usual owner of work in each lane: the role a new task there gets, so a fresh step already
 * fits the lane's owner rules, and a role the rules editor offers to route to.
 */
export const DEFAULT_ROLE: Record<Lane, string> = {
  evidence: 'frontdesk',
  customer: CUSTOMER_ROLE,
  frontstage: 'frontdesk',
  backstage: 'dispatcher',
  support: 'system',
};
