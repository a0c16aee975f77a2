import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImportReport } from '@frontstage/engine';
import { PassThrough } from 'node:stream';
import type { Logger } from 'pino';
import { Endpoint } from '../common/endpoint.js';
import { toErrorBody } from '../common/http-exception.filter.js';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { LOGGER } from '../config/tokens.js';
import { CSV_TYPE, XLSX_TYPE } from './estate-file.js';
import { EstateExportService } from './estate-export.service.js';
import { EstateImportService, invalidImport, type PreparedImport } from './estate-import.service.js';
import {
  ExportQuery,
  ExportQueryDto,
  ImportQuery,
  ImportQueryDto,
  SiteParams,
  SiteParamsDto,
} from './estate-requests.js';
import { ESTATE_READERS } from './sites.controller.js';

const NDJSON = 'application/x-ndjson';
/** Progress lines at most this often: enough for a progress bar, few enough not to slow the import. */
const PROGRESS_EVERY_MS = 200;

/** The estate file of a site in and out: the spreadsheet a site office keeps, as CSV or XLSX. */
@ApiTags('estate')
@Controller('sites/:site/estate')
export class EstateImportController {
  constructor(
    private readonly imports: EstateImportService,
    private readonly exports: EstateExportService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Roles('admin')
  @Endpoint({
    summary: 'Import a site’s estate file (buildings, units, customers, holdings), or check it',
    operationId: 'importEstate',
    description: `The body is the file: \`text/csv\` (UTF-8 with or without BOM, or GB18030) or an XLSX workbook (first sheet), headings in Chinese or English as the export writes them. All or nothing: a file with any bad row answers 400 \`invalid_import\` whose \`details.problems\` lists every one (row, column, reason) and imports nothing; \`dryRun=true\` imports nothing and answers the report, problems included. Units are matched by code, customers by phone (a masked phone of an export keeps the stored number of the unit's holder it masks), holdings created; nothing is deleted. With \`Accept: ${NDJSON}\` the answer is a stream of lines: \`{"progress":{"done":n,"total":m}}\`, then \`{"report":ImportReport}\` (or \`{"error":ErrorBody}\` if the write failed).`,
    params: SiteParams,
    query: ImportQuery,
    answer: { schema: ImportReport },
    errors: ['not_found', 'invalid_import', 'payload_too_large', 'unsupported_media_type'],
  })
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody({ required: true, schema: { type: 'string', format: 'binary' } })
  @Post('import')
  @HttpCode(200)
  async import(
    @Param() { site }: SiteParamsDto,
    @Query() { dryRun }: ImportQueryDto,
    @Body() body: unknown,
    @Headers('accept') accept: string | undefined,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReport | PassThrough> {
    const prepared = await this.imports.prepare(user, site, body, dryRun);
    if (dryRun) return this.answer(reply, accept, prepared.report);
    if (prepared.report.problems.length > 0) throw invalidImport(prepared.report);
    if (!accept?.includes(NDJSON)) return this.imports.commit(prepared);
    // Past this point the status is 200: a problem found while writing comes as an `error` line.
    return this.stream(reply, prepared);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'Export a site’s estate file in the import’s columns',
    operationId: 'exportEstate',
    description:
      'CSV (UTF-8 with BOM; cells a spreadsheet would run as formulas start with an apostrophe) or XLSX. Phones are masked for callers who do not call customers; importing the file back keeps the stored numbers.',
    params: SiteParams,
    query: ExportQuery,
    answer: { contentType: CSV_TYPE, description: 'The estate file (CSV, or XLSX with format=xlsx)' },
    errors: ['not_found'],
  })
  @ApiProduces(CSV_TYPE, XLSX_TYPE)
  @Get('export')
  async export(
    @Param() { site }: SiteParamsDto,
    @Query() { format, lang }: ExportQueryDto,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.exports.export(user, site, format, lang);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  /** A dry run's report: as JSON, or as the one line of an NDJSON answer. */
  private answer(reply: FastifyReply, accept: string | undefined, report: ImportReport) {
    if (!accept?.includes(NDJSON)) return report;
    const out = new PassThrough();
    void reply.header('content-type', NDJSON);
    out.end(`${JSON.stringify({ report })}\n`);
    return out;
  }

  /** Writes the import, answering progress lines as it goes and the report (or an error) last. */
  private stream(reply: FastifyReply, prepared: PreparedImport): PassThrough {
    const out = new PassThrough();
    const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
    void reply.header('content-type', NDJSON).header('cache-control', 'no-store');
    let last = 0;
    this.imports
      .commit(prepared, (done, total) => {
        const now = Date.now();
        // The first and the last always; between them, at most one every PROGRESS_EVERY_MS.
        if (done > 0 && done < total && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        line({ progress: { done, total } });
      })
      .then(
        (report) => line({ report }),
        (error: unknown) => {
          const body = toErrorBody(error);
          // Past the status line, so the exception filter never sees it: logged here as it would.
          if (body.statusCode >= 500)
            this.logger.error({ err: error, site: prepared.siteId }, 'estate import failed');
          line({ error: body });
        },
      )
      .finally(() => out.end());
    return out;
  }
}
