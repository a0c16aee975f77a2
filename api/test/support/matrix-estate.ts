import type { Api } from './harness.js';

// The estate's rows of the endpoint × role matrix (role-matrix.e2e.test.ts): each call must find
// what it reads (a unit, a customer of the demo site) and create something new (a unique site id,
// area code, phone, holding), so a role that may call it succeeds every time.

export type ApiRole = 'designer' | 'staff' | 'supervisor' | 'auditor' | 'admin';
export const ALL: ApiRole[] = ['designer', 'staff', 'supervisor', 'auditor', 'admin'];

/** What the matrix's calls name: its ticket, and units and a customer of the demo site. */
export interface MatrixIds {
  ticket: string;
  units: string[];
  customer: string;
  /** An estate file of a small site, for the import's dry run. */
  csv: string;
}

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch';
  /** The route as the OpenAPI document names it. */
  route: string;
  body?: (ids: MatrixIds) => object | string;
  contentType?: string;
  /** The concrete path; by default the route with `:key`, `:version` and `:id` (the ticket) filled in. */
  path?: (ids: MatrixIds, api: Api) => string | Promise<string>;
  allowed: ApiRole[];
}

/** The demo site the matrix's ticket, units and customer belong to. */
export const HOME = 'cuihu';
const READERS: ApiRole[] = ['staff', 'supervisor', 'auditor', 'admin'];
const KEEPERS: ApiRole[] = ['supervisor', 'admin'];

let made = 0;
const fresh = () => ++made;
/** A unit no holding of the matrix's customer uses yet. */
const nextUnit = (ids: MatrixIds) => ids.units[fresh() % ids.units.length]!;

export const ESTATE_ENDPOINTS: Endpoint[] = [
  { method: 'get', route: '/api/sites', allowed: ALL },
  {
    method: 'post',
    route: '/api/sites',
    body: () => ({ id: `matrix-${fresh()}`, name: 'matrix' }),
    allowed: ['admin'],
  },
  {
    method: 'patch',
    route: '/api/sites/:site',
    path: () => `/api/sites/${HOME}`,
    body: () => ({ address: 'matrix road 1' }),
    allowed: ['admin'],
  },
  {
    method: 'get',
    route: '/api/sites/:site/buildings',
    path: () => `/api/sites/${HOME}/buildings`,
    allowed: READERS,
  },
  {
    method: 'get',
    route: '/api/sites/:site/units',
    path: () => `/api/sites/${HOME}/units?limit=5`,
    allowed: READERS,
  },
  {
    method: 'get',
    route: '/api/sites/:site/units/:id',
    path: (ids) => `/api/sites/${HOME}/units/${ids.units[0]}`,
    allowed: READERS,
  },
  {
    method: 'get',
    route: '/api/sites/:site/areas',
    path: () => `/api/sites/${HOME}/areas`,
    allowed: READERS,
  },
  {
    method: 'post',
    route: '/api/sites/:site/areas',
    path: () => `/api/sites/${HOME}/areas`,
    body: () => ({ code: `MATRIX-${fresh()}`, name: 'matrix' }),
    allowed: ['admin'],
  },
  {
    method: 'get',
    route: '/api/sites/:site/locations',
    path: () => `/api/sites/${HOME}/locations?q=1-1-1`,
    allowed: READERS,
  },
  {
    method: 'get',
    route: '/api/customers/:id',
    path: (ids) => `/api/customers/${ids.customer}`,
    allowed: READERS,
  },
  {
    method: 'patch',
    route: '/api/customers/:id',
    path: (ids) => `/api/customers/${ids.customer}`,
    body: () => ({ segments: { member: true } }),
    allowed: KEEPERS,
  },
  {
    method: 'post',
    route: '/api/customers',
    body: () => ({ name: '矩阵', phone: `137${String(10_000_000 + fresh()).slice(-8)}` }),
    allowed: KEEPERS,
  },
  {
    method: 'post',
    route: '/api/customers/:id/holdings',
    path: (ids) => `/api/customers/${ids.customer}/holdings`,
    body: (ids) => ({ unitId: nextUnit(ids), role: 'tenant' }),
    allowed: KEEPERS,
  },
  {
    method: 'post',
    route: '/api/customers/:id/holdings/:holdingId/end',
    // Each call ends a holding of its own, made just before by an admin.
    path: async (ids, api) => {
      const unitId = nextUnit(ids);
      const admin = `Bearer ${await api.token('admin')}`;
      const res = await api.http
        .post(`/api/customers/${ids.customer}/holdings`)
        .set('authorization', admin)
        .send({ unitId, role: 'occupant' })
        .expect(201);
      const holding = (
        res.body.holdings as { id: string; unitId: string; role: string; until: string | null }[]
      ).find((h) => h.unitId === unitId && h.role === 'occupant' && h.until === null)!;
      return `/api/customers/${ids.customer}/holdings/${holding.id}/end`;
    },
    body: () => ({ until: '2030-01-01' }),
    allowed: KEEPERS,
  },
  {
    method: 'get',
    route: '/api/customers/:id/tickets',
    path: (ids) => `/api/customers/${ids.customer}/tickets`,
    allowed: READERS,
  },
  {
    method: 'post',
    route: '/api/sites/:site/estate/import',
    path: () => `/api/sites/${HOME}/estate/import?dryRun=true`,
    contentType: 'text/csv',
    body: (ids) => ids.csv,
    allowed: ['admin'],
  },
  {
    method: 'get',
    route: '/api/sites/:site/estate/export',
    path: () => `/api/sites/${HOME}/estate/export?format=csv`,
    allowed: READERS,
  },
];

/** Units and a customer holding one of them, at the demo site; an estate file to import. */
export async function estateIds(api: Api): Promise<Omit<MatrixIds, 'ticket'>> {
  const admin = { authorization: `Bearer ${await api.token('admin')}` };
  const units = (
    await api.http.get(`/api/sites/${HOME}/units?limit=60`).set(admin).expect(200)
  ).body.items.map((u: { id: string }) => u.id) as string[];
  const customer = await api.http
    .post('/api/customers')
    .set(admin)
    .send({ name: '矩阵业主', phone: '13600001234', holdings: [{ unitId: units[0], role: 'owner' }] })
    .expect(201);
  // A few rows of the demo site's own file: what an admin checks before importing it.
  const file = await api.http.get(`/api/sites/${HOME}/estate/export?format=csv`).set(admin).expect(200);
  const lines = String(file.text).split('\n');
  return { units: units.slice(1), customer: customer.body.id as string, csv: lines.slice(0, 4).join('\n') };
}
