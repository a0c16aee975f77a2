import { Module } from '@nestjs/common';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { VocabularyController } from './vocabulary.controller.js';
import { VocabularyService } from './vocabulary.service.js';

@Module({
  imports: [BlueprintsModule, RulesModule],
  controllers: [VocabularyController],
  providers: [VocabularyService],
})
export class VocabularyModule {}
