import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
import { BlueprintsService } from './blueprints.service.js';
import { queryInt } from '../common/query-int.js';

export class BlueprintDto extends zodDto(Blueprint) {}
export const KeyParams = z.strictObject({
  key: BlueprintKey,
});
export class KeyParamsDto extends zodDto(KeyParams) {}
export const VersionParams = KeyParams.extend({ version: queryInt(1, 1_000_000) });
export class VersionParamsDto extends zodDto(VersionParams) {}

@ApiTags('blueprints')
@Controller('blueprints')
export class BlueprintsController {
  constructor(private readonly blueprints: BlueprintsService) {}

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
  })
  @Get(':key/draft')
  draft(@Param() params: KeyParamsDto) {
    return this.blueprints.draft(params.key);
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Save the draft of a blueprint',
    operationId: 'saveBlueprintDraft',
    params: KeyParams,
    body: Blueprint,
    answer: { schema: SaveDraftResponse },
  })
  @Put(':key/draft')
  saveDraft(@Param() params: KeyParamsDto, @Body() body: BlueprintDto, @CurrentUser() user: CurrentUserData) {
    return this.blueprints.saveDraft(params.key, body, { id: user.username, role: user.role });
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Publish the draft as the next immutable version',
    operationId: 'publishBlueprint',
    params: KeyParams,
    answer: { schema: PublishResponse, description: 'The new version, or the latest when nothing changed' },
    errors: ['not_found', 'blueprint_invalid', 'conflict'],
  })
  @Post(':key/publish')
  @HttpCode(200)
  publish(
    @Param() params: KeyParamsDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.blueprints.publish(params.key, { id: user.username, role: user.role }, requestId);
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
