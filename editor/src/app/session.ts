import type { ApiClient } from '../api/client';
import type { ApiRole, LoginResponse, SiteScope } from '@frontstage/engine';

/** Who is signed in; `api` is null when working offline. */
export interface Session {
  api: ApiClient | null;
  username: string;
  role: ApiRole;
  /** The job role blueprints route work to (frontdesk, engineer, site_manager…), and the user's team. */
  jobRole?: string;
  team?: string | null;
  /** The sites the user works at, '*' for company-level users; absent when working offline. */
  sites?: SiteScope;
}

export type Workspace = 'designer' | 'rules' | 'console' | 'audit' | 'estate';

/** The workspaces each role opens; the first is where the user lands. */
export const WORKSPACES: Record<ApiRole, Workspace[]> = {
  designer: ['designer', 'rules'],
  admin: ['designer', 'rules', 'console', 'audit', 'estate'],
  staff: ['console'],
  // Supervisors read the estate (who lives where); only admins change it.
  supervisor: ['console', 'audit', 'estate'],
  auditor: ['audit'],
};

/** The session a sign-in (or a resumed session) opened. */
export function sessionOf(api: ApiClient, res: LoginResponse): Session {
  return {
    api,
    username: res.user.username,
    role: res.user.role,
    jobRole: res.user.jobRole,
    team: res.user.team ?? null,
    sites: res.user.sites,
  };
}
