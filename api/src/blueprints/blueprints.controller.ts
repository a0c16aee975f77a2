import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Blueprint,
  BlueprintKey,
  BlueprintSummary,
  DraftResponse,
  PublishResponse,
  SaveDraftResponse,
  ValidateResponse,
  VersionResponse,
  VersionSummary,
} from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { zodDto } from '../common/zod-dto.js';
import { parseIfMatch, strongETag } from '../common/etag.js';
import { answerWith } from '../idempotency/answer-with.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { BlueprintsService } from './blueprints.service.js';
import { draftTag } from './draft-etag.js';
import { queryInt } from '../common/query-int.js';

export class BlueprintDto extends zodDto(Blueprint) {}
export const KeyParams = z.strictObject({
  key: BlueprintKey,
});
export class KeyParamsDto extends zodDto(KeyParams) {}
/** What a publish says of itself: the change note (optional, so clients from before notes still publish). */
export const PublishBody = z
  .strictObject({ note: z.string().trim().min(1, 'must not be empty').max(500).optional() })
  .default({});
export class PublishDto extends zodDto(PublishBody) {}
export const VersionParams = KeyParams.extend({ version: queryInt(1, 1_000_000) });
export class VersionParamsDto extends zodDto(VersionParams) {}

const DRAFT_ETAG =
  'The draft as saved (a hash of its body and save time): send it back as If-Match with PUT.';

@ApiTags('blueprints')
@Controller('blueprints')
export class BlueprintsController {
  constructor(
    private readonly blueprints: BlueprintsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'Every blueprint with a draft or a published version',
    operationId: 'listBlueprints',
    answer: { schema: z.array(BlueprintSummary) },
  })
  @Get()
  list() {
    return this.blueprints.list();
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Validate and compile a blueprint without saving it',
    operationId: 'validateBlueprint',
    description: 'Any JSON is taken: the report says what is wrong with it.',
    body: Blueprint,
    answer: { schema: ValidateResponse },
  })
  @Post('validate')
  @HttpCode(200)
  // Any JSON is welcome here: reporting on whatever the designer has is the point.
  validate(@Body() body: unknown) {
    return this.blueprints.check(body);
  }

  @Roles('designer', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'The draft of a blueprint, with its diagnostics',
    operationId: 'getBlueprintDraft',
    params: KeyParams,
    answer: { schema: DraftResponse },
    errors: ['not_found'],
    etag: DRAFT_ETAG,
  })
  @Get(':key/draft')
  async draft(@Param() params: KeyParamsDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const draft = await this.blueprints.draft(params.key);
    void reply.header('etag', strongETag(draftTag(draft.blueprint, draft.updatedAt)));
    return draft;
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Save the draft of a blueprint',
    operationId: 'saveBlueprintDraft',
    params: KeyParams,
    body: Blueprint,
    answer: { schema: SaveDraftResponse },
    errors: ['precondition_failed'],
    etag: DRAFT_ETAG,
    ifMatch:
      'Save only over the draft this ETag names (`*`: over any existing draft); another answers 412 `precondition_failed`, nothing saved.',
  })
  @Put(':key/draft')
  async saveDraft(
    @Param() params: KeyParamsDto,
    @Body() body: BlueprintDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const doer = { id: user.username, role: user.role };
    const saved = await this.blueprints.saveDraft(params.key, body, doer, parseIfMatch(ifMatch));
    void reply.header('etag', strongETag(draftTag(body, saved.updatedAt)));
    return saved;
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Publish the draft as the next immutable version',
    description:
      'The body (optional for older clients) carries the change note: what this version changes and why, shown in the versions list and kept in the audit entry.',
    operationId: 'publishBlueprint',
    params: KeyParams,
    body: PublishBody,
    answer: { schema: PublishResponse, description: 'The new version, or the latest when nothing changed' },
    errors: ['not_found', 'blueprint_invalid', 'conflict'],
    idempotent: true,
  })
  @Post(':key/publish')
  @HttpCode(200)
  async publish(
    @Param() params: KeyParamsDto,
    @Body() body: PublishDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const doer = { id: user.username, role: user.role };
    // No body: the request is its path, so a key reused on another blueprint is the "other body" (422).
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/blueprints/${params.key}/publish`,
      body.note ?? null,
      (remember) => this.blueprints.publish(params.key, doer, requestId, remember, body.note ?? null),
    );
    return answerWith(reply, answer);
  }

  /** Every published version, newest first (no bodies): for the designer's version list and diffs. */
  @Roles('designer', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'The published versions of a blueprint, newest first',
    operationId: 'listBlueprintVersions',
    params: KeyParams,
    answer: { schema: z.array(VersionSummary) },
    errors: ['not_found'],
  })
  @Get(':key/versions')
  versions(@Param() params: KeyParamsDto) {
    return this.blueprints.versions(params.key);
  }

  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'A published version with its compiled machine and rules',
    operationId: 'getBlueprintVersion',
    params: VersionParams,
    answer: { schema: VersionResponse },
    errors: ['not_found'],
  })
  @Get(':key/versions/:version')
  version(@Param() params: VersionParamsDto) {
    return this.blueprints.version(params.key, params.version);
  }
}
