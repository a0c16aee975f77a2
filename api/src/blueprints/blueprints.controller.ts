import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Blueprint, BlueprintKey } from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { ZodBody } from '../common/openapi-schema.js';
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
@ApiBearerAuth()
@Controller('blueprints')
export class BlueprintsController {
  constructor(private readonly blueprints: BlueprintsService) {}

  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Get()
  list() {
    return this.blueprints.list();
  }

  @Roles('designer', 'admin')
  @ZodBody(Blueprint)
  @Post('validate')
  @HttpCode(200)
  // Any JSON is welcome here: reporting on whatever the designer has is the point.
  validate(@Body() body: unknown) {
    return this.blueprints.check(body);
  }

  @Roles('designer', 'supervisor', 'auditor', 'admin')
  @Get(':key/draft')
  draft(@Param() params: KeyParamsDto) {
    return this.blueprints.draft(params.key);
  }

  @Roles('designer', 'admin')
  @ZodBody(Blueprint)
  @Put(':key/draft')
  saveDraft(@Param() params: KeyParamsDto, @Body() body: BlueprintDto, @CurrentUser() user: CurrentUserData) {
    return this.blueprints.saveDraft(params.key, body, { id: user.username, role: user.role });
  }

  @Roles('designer', 'admin')
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
  @Get(':key/versions')
  versions(@Param() params: KeyParamsDto) {
    return this.blueprints.versions(params.key);
  }

  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Get(':key/versions/:version')
  version(@Param() params: VersionParamsDto) {
    return this.blueprints.version(params.key, params.version);
  }
}
