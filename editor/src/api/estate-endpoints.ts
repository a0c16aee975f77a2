import type {
  AreaKind,
  Building,
  CommonArea,
  Customer,
  ImportReport,
  LocationHits,
  Site,
  TicketPage,
  UnitDetail,
  UnitPage,
} from '@frontstage/engine';
import { download, type Download } from './api-error';
import { readImportAnswer, type ImportProgress } from './import-stream';
import { queryString } from './query-string';
import type { UnitQuery } from './filters';

/** The two ways the client talks to the API: `call` reads JSON, `send` hands back the raw answer. */
export interface Http {
  call<T>(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<T>;
  send(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<Response>;
}

/** An estate file to import: its bytes and what they are. */
export interface EstateFile {
  body: Blob;
  contentType: string;
}

export type EstateFormat = 'csv' | 'xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The media type an estate file is sent as, from its name: a workbook or CSV text (UTF-8 or
 * GB18030 — the API tells them apart, so the browser must not re-encode it).
 * @example estateContentType('翠湖苑.xlsx') // 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
 */
export function estateContentType(fileName: string): string {
  return /\.xlsx$/i.test(fileName) ? XLSX : 'text/csv';
}

const id = (k: string) => encodeURIComponent(k);

/** The estate endpoints (sites, buildings, units, areas, customers, import and export). */
export function estateEndpoints({ call, send }: Http) {
  return {
    /** Sites in the caller's scope. */
    sites: () => call<Site[]>('GET', '/sites'),
    createSite: (site: { id: string; name: string; address?: string }) => call<Site>('POST', '/sites', site),
    buildings: (site: string) => call<Building[]>('GET', `/sites/${id(site)}/buildings`),
    units: (site: string, query: UnitQuery) =>
      call<UnitPage>('GET', `/sites/${id(site)}/units${queryString(query)}`),
    unit: (site: string, unitId: string) => call<UnitDetail>('GET', `/sites/${id(site)}/units/${id(unitId)}`),
    areas: (site: string) => call<CommonArea[]>('GET', `/sites/${id(site)}/areas`),
    createArea: (site: string, area: { code: string; name: string; kind?: AreaKind }) =>
      call<CommonArea>('POST', `/sites/${id(site)}/areas`, area),
    /** The intake search box: units by code, areas, customers of the site (at most 10). */
    locations: (site: string, q: string) =>
      call<LocationHits>('GET', `/sites/${id(site)}/locations${queryString({ q })}`),
    customer: (customerId: string) => call<Customer>('GET', `/customers/${id(customerId)}`),
    customerTickets: (customerId: string, limit = 20) =>
      call<TicketPage>('GET', `/customers/${id(customerId)}/tickets${queryString({ limit })}`),
    /**
     * Checks (`dryRun`) or imports an estate file, streaming progress: the report lists every bad
     * row; a real import writes all rows or none.
     */
    importEstate: async (
      site: string,
      file: EstateFile,
      dryRun: boolean,
      onProgress?: (progress: ImportProgress) => void,
    ): Promise<ImportReport> => {
      const res = await send(
        'POST',
        `/sites/${id(site)}/estate/import${queryString({ dryRun })}`,
        file.body,
        {
          'content-type': file.contentType,
          accept: 'application/x-ndjson',
        },
      );
      return readImportAnswer(res, onProgress);
    },
    /** The site's estate in the import's own columns, headed in `lang`. */
    exportEstate: async (site: string, format: EstateFormat, lang: 'zh-CN' | 'en'): Promise<Download> => {
      const res = await send('GET', `/sites/${id(site)}/estate/export${queryString({ format, lang })}`);
      return download(res, `estate-${site}.${format}`);
    },
  };
}
