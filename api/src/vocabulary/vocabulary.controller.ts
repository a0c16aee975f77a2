import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROLES, Vocabulary } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { Roles } from '../common/roles.decorator.js';
import { VocabularyService } from './vocabulary.service.js';

/** The words every screen shows for the content's codes. Published content only: nothing per site or per user. */
@ApiTags('blueprints')
@Controller('vocabulary')
export class VocabularyController {
  constructor(private readonly words: VocabularyService) {}

  @Roles(...API_ROLES)
  @Endpoint({
    summary:
      'The labels of the published blueprints and ruleset by code: events, steps, roles, teams, facts, values',
    operationId: 'getVocabulary',
    answer: { schema: Vocabulary },
  })
  @Get()
  vocabulary() {
    return this.words.vocabulary();
  }
}
