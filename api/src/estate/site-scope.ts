import type { ApiRole, SiteScope } from '@frontstage/engine';

// Site scope: staff and supervisors work at one or more sites (管理处) and see only those sites'
// tickets; company-level users see every site. A ticket outside the caller's scope does not exist
// for them: 404 on every ticket endpoint, never in a list, the stream, the audit log or a report.

/** API roles that work for the whole company, whatever sites they are listed at. */
const COMPANY_ROLES: ReadonlySet<ApiRole> = new Set<ApiRole>(['auditor', 'admin', 'designer']);

/** Who the scope is asked about: what the token carries. */
export interface Scoped {
  sites: SiteScope;
}

/**
 * The scope a token carries: `'*'` for company-level roles and users marked company-wide (the
 * quality desk), else the user's sites.
 * @example scopeOf('staff', false, ['cuihu']) // ['cuihu']
 */
export function scopeOf(role: ApiRole, companyWide: boolean, sites: readonly string[]): SiteScope {
  return COMPANY_ROLES.has(role) || companyWide ? '*' : [...sites].sort();
}

/** Whether a site is in the caller's scope. */
export function inScope(user: Scoped, siteId: string): boolean {
  return user.sites === '*' || user.sites.includes(siteId);
}

/**
 * A TypeORM query-builder condition restricting `column` to the caller's sites; null when the
 * caller sees every site. A caller with no site at all matches nothing.
 * @example const where = scopeCondition(user, 't.site_id'); if (where) qb.andWhere(where.sql, where.params)
 */
export function scopeCondition(
  user: Scoped,
  column: string,
): { sql: string; params: Record<string, unknown> } | null {
  if (user.sites === '*') return null;
  if (user.sites.length === 0) return { sql: '1 = 0', params: {} };
  return { sql: `${column} IN (:...scopeSites)`, params: { scopeSites: [...user.sites] } };
}

/**
 * The same restriction for hand-written SQL with numbered placeholders (`runSql`): the clause
 * (with a leading ` AND `) and its values, numbered from `first`; empty for company-level callers.
 * @example const s = scopeSql(user, 't.site_id', 3); runSql(db, `SELECT … WHERE a = $1 AND b = $2${s.sql}`, [a, b, ...s.values])
 */
export function scopeSql(user: Scoped, column: string, first: number): { sql: string; values: string[] } {
  if (user.sites === '*') return { sql: '', values: [] };
  if (user.sites.length === 0) return { sql: ' AND 1 = 0', values: [] };
  const marks = user.sites.map((_, i) => `$${first + i}`).join(', ');
  return { sql: ` AND ${column} IN (${marks})`, values: [...user.sites] };
}
