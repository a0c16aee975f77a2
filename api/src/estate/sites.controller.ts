import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Building, CommonArea, LocationHits, Site, UnitDetail, UnitPage } from '@frontstage/engine';
import { z } from 'zod';
import { Endpoint } from '../common/endpoint.js';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { answerWith } from '../idempotency/answer-with.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import {
  CreateAreaBody,
  CreateAreaDto,
  CreateSiteBody,
  CreateSiteDto,
  LocationsQuery,
  LocationsQueryDto,
  PatchSiteBody,
  PatchSiteDto,
  SiteParams,
  SiteParamsDto,
  UnitParams,
  UnitParamsDto,
  UnitsQuery,
  UnitsQueryDto,
} from './estate-requests.js';
import { SitesService } from './sites.service.js';

/** Who reads the estate: everyone who works tickets or audits them (designers see the list of sites only). */
export const ESTATE_READERS = ['staff', 'supervisor', 'auditor', 'admin'] as const;

/** Sites (管理处/项目), their buildings, units and common areas; only the caller's sites exist for them. */
@ApiTags('estate')
@Controller('sites')
export class SitesController {
  constructor(
    private readonly sites: SitesService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Roles(...ESTATE_READERS, 'designer')
  @Endpoint({
    summary: 'The sites the caller works at (every site for company-level users)',
    operationId: 'listSites',
    answer: { schema: z.array(Site) },
  })
  @Get()
  list(@CurrentUser() user: CurrentUserData) {
    return this.sites.list(user);
  }

  @Roles('admin')
  @Endpoint({
    summary: 'Create a site',
    operationId: 'createSite',
    body: CreateSiteBody,
    answer: { status: 201, schema: Site },
    errors: ['conflict'],
    idempotent: true,
  })
  @Post()
  async create(
    @Body() body: CreateSiteDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(user.username, key, 'POST /api/sites', body, (remember) =>
      this.sites.create(body, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles('admin')
  @Endpoint({
    summary: 'Change a site: name, address, working calendar, blueprints and ruleset it runs',
    operationId: 'updateSite',
    params: SiteParams,
    body: PatchSiteBody,
    answer: { schema: Site },
    errors: ['not_found'],
  })
  @Patch(':site')
  patch(@Param() { site }: SiteParamsDto, @Body() body: PatchSiteDto, @CurrentUser() user: CurrentUserData) {
    return this.sites.patch(user, site, body);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'The buildings of a site, with their unit counts',
    operationId: 'listBuildings',
    params: SiteParams,
    answer: { schema: z.array(Building) },
    errors: ['not_found'],
  })
  @Get(':site/buildings')
  buildings(@Param() { site }: SiteParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.sites.buildings(user, site);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'A page of a site’s units in code order, by building or by the start of an address',
    operationId: 'listUnits',
    description:
      '`q` is what a search box holds: an address being typed (`3-2-11`, `3栋2单元11`, `A座12`) finds the units whose code starts so; other text is taken as the start of a code.',
    params: SiteParams,
    query: UnitsQuery,
    answer: { schema: UnitPage },
    errors: ['not_found'],
  })
  @Get(':site/units')
  units(
    @Param() { site }: SiteParamsDto,
    @Query() query: UnitsQueryDto,
    @CurrentUser() user: CurrentUserData,
  ) {
    return this.sites.unitPage(user, site, query);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'A unit with who lives or works there now',
    operationId: 'getUnit',
    params: UnitParams,
    answer: { schema: UnitDetail },
    errors: ['not_found'],
  })
  @Get(':site/units/:id')
  unit(@Param() { site, id }: UnitParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.sites.unit(user, site, id);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'The common areas of a site (gate, car park, lifts…)',
    operationId: 'listAreas',
    params: SiteParams,
    answer: { schema: z.array(CommonArea) },
    errors: ['not_found'],
  })
  @Get(':site/areas')
  areas(@Param() { site }: SiteParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.sites.areas(user, site);
  }

  @Roles('admin')
  @Endpoint({
    summary: 'Add a common area to a site',
    operationId: 'createArea',
    params: SiteParams,
    body: CreateAreaBody,
    answer: { status: 201, schema: CommonArea },
    errors: ['not_found', 'conflict'],
    idempotent: true,
  })
  @Post(':site/areas')
  async createArea(
    @Param() { site }: SiteParamsDto,
    @Body() body: CreateAreaDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/sites/${site}/areas`,
      body,
      (remember) => this.sites.createArea(user, site, body, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'The intake search box: units by address, common areas, customers (at most 10)',
    operationId: 'searchLocations',
    description:
      'An address being typed (`3-2-11`, `3栋2单元1101`) finds units with who lives there; other text finds common areas by name or code and the site’s customers by name or phone digits (the last four, or the whole number, for callers who read phones masked).',
    params: SiteParams,
    query: LocationsQuery,
    answer: { schema: LocationHits },
    errors: ['not_found'],
  })
  @Get(':site/locations')
  async locations(
    @Param() { site }: SiteParamsDto,
    @Query() { q }: LocationsQueryDto,
    @CurrentUser() user: CurrentUserData,
  ): Promise<LocationHits> {
    return { items: await this.sites.locations(user, site, q) };
  }
}
