import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  EvaluateResult,
  FactName,
  JsonValue,
  Ruleset,
  RulesCheckResponse,
  RulesPublishResponse,
  RulesResponse,
  RulesetVersionSummary,
} from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { zodDto } from '../common/zod-dto.js';
import { RulesService } from './rules.service.js';
import { queryInt } from '../common/query-int.js';

export const Facts = z.record(FactName, JsonValue);
export class RulesetDto extends zodDto(Ruleset) {}
export const EvaluateBody = z.strictObject({ facts: Facts, ruleset: Ruleset.optional() });
export class EvaluateDto extends zodDto(EvaluateBody) {}
export const RulesetVersionParams = z.strictObject({
  version: queryInt(1, 1_000_000),
});
export class RulesetVersionParamsDto extends zodDto(RulesetVersionParams) {}
/** A ruleset to publish with the designer's change note: what this version changes and why. */
export const RulesPublishBody = z.strictObject({
  ruleset: Ruleset,
  note: z.string().trim().min(1, 'must not be empty').max(500).optional(),
});
export class RulesPublishDto extends zodDto(RulesPublishBody) {}

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'The classification ruleset in force',
    operationId: 'getRules',
    answer: { schema: RulesResponse },
    errors: ['not_found'],
  })
  @Get()
  latest() {
    return this.rules.latest();
  }

  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Publish a ruleset as the next version',
    operationId: 'publishRules',
    body: Ruleset,
    answer: { schema: RulesPublishResponse },
    errors: ['ruleset_invalid', 'conflict'],
  })
  @Put()
  publish(@Body() body: RulesetDto, @CurrentUser() user: CurrentUserData, @RequestId() requestId: string) {
    return this.rules.publish(body, { id: user.username, role: user.role }, requestId);
  }

  /** As PUT, with a change note beside the ruleset (PUT's body is the ruleset itself, so has no room for one). */
  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Publish a ruleset as the next version, with a change note',
    description:
      'The note says what this version changes and why; it is shown in the versions list and kept in the audit entry.',
    operationId: 'publishRulesWithNote',
    body: RulesPublishBody,
    answer: { schema: RulesPublishResponse },
    errors: ['ruleset_invalid', 'conflict'],
  })
  @Post('publish')
  @HttpCode(200)
  publishWithNote(
    @Body() body: RulesPublishDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.rules.publish(
      body.ruleset,
      { id: user.username, role: user.role },
      requestId,
      body.note ?? null,
    );
  }

  /** Every published version of the ruleset, newest first. */
  @Roles('designer', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'The published versions of the ruleset, newest first',
    operationId: 'listRulesVersions',
    answer: { schema: z.array(RulesetVersionSummary) },
  })
  @Get('versions')
  versions() {
    return this.rules.versions();
  }

  @Roles('designer', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'A published version of the ruleset',
    operationId: 'getRulesVersion',
    params: RulesetVersionParams,
    answer: { schema: RulesResponse },
    errors: ['not_found'],
  })
  @Get('versions/:version')
  version(@Param() params: RulesetVersionParamsDto) {
    return this.rules.version(params.version);
  }

  /** Checks a draft ruleset without publishing it. */
  @Roles('designer', 'admin')
  @Endpoint({
    summary: 'Check a draft ruleset without publishing it',
    operationId: 'validateRules',
    body: Ruleset,
    answer: { schema: RulesCheckResponse },
  })
  @Post('validate')
  @HttpCode(200)
  check(@Body() body: RulesetDto) {
    return this.rules.check(body);
  }

  /** Facts in, decision and explanation out; a draft ruleset may be passed to try it. */
  @Roles('designer', 'staff', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'Classify facts with the ruleset in force (or a draft), with the explanation',
    operationId: 'evaluateRules',
    body: EvaluateBody,
    answer: { schema: EvaluateResult },
    errors: ['ruleset_invalid', 'classification_failed', 'not_found'],
  })
  @Post('evaluate')
  @HttpCode(200)
  evaluate(@Body() body: EvaluateDto) {
    return this.rules.evaluate(body.facts, body.ruleset);
  }
}
