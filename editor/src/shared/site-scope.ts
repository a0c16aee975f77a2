import type { Site, SiteScope } from '@frontstage/engine';

// Staff work at one site or several; company-level users ('*') at all of them. Whoever spans more
// than one site picks the site a request belongs to and can filter the queue by site.

/**
 * Whether the user sees more than one site: then intake asks which site and the queue offers a
 * site filter. An old API that names no scope counts by the sites it lists.
 * @example spansSites(['cuihu'], sites) // false
 */
export function spansSites(scope: SiteScope | undefined, sites: readonly Site[] | null): boolean {
  if (scope === '*') return (sites?.length ?? 2) > 1;
  if (scope) return scope.length > 1;
  return (sites?.length ?? 0) > 1;
}

/**
 * The site a new request goes to until the user picks another: their only site, else the first
 * site listed; '' while nothing is known (the API then files it under the caller's own site).
 * @example defaultSite(['keyuan'], null) // 'keyuan'
 */
export function defaultSite(scope: SiteScope | undefined, sites: readonly Site[] | null): string {
  if (Array.isArray(scope) && scope.length === 1) return scope[0]!;
  return sites?.[0]?.id ?? '';
}

/** A site's name for a picker or a column, its id while the list is not loaded. */
export function siteName(sites: readonly Site[] | null, id: string): string {
  return sites?.find((s) => s.id === id)?.name ?? id;
}
