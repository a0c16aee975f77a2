/**
 * A query string from filter values: empty strings, null and undefined are left out, booleans and
 * numbers are written as text, and the order of the keys is kept.
 * @example queryString({ status: 'open', class: '', overdue: true }) // '?status=open&overdue=true'
 */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
