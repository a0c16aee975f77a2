import { Injectable } from '@nestjs/common';
import { vocabularyOf, type Blueprint, type Ruleset, type Vocabulary } from '@frontstage/engine';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { RulesService } from '../rules/rules.service.js';

/** The words of the published content, gathered again only when something new is published. */
@Injectable()
export class VocabularyService {
  private cached: { published: string; vocabulary: Vocabulary } | null = null;

  constructor(
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
  ) {}

  async vocabulary(): Promise<Vocabulary> {
    // Only the published versions' words: drafts (every blueprint's whole body) are not read.
    const [latest, ruleset] = await Promise.all([
      this.blueprints.latestVersions(),
      this.rules.latest().catch(() => null), // before the first ruleset is published: blueprints' words only
    ]);
    const published = [
      ...latest.map((v) => `${v.key}@${v.version}`),
      `rules@${ruleset?.version ?? 0}`,
    ].join();
    if (this.cached?.published === published) return this.cached.vocabulary;
    const bodies = await Promise.all(latest.map((v) => this.blueprints.version(v.key, v.version)));
    const vocabulary = vocabularyOf(
      bodies.map((v) => v.blueprint as Blueprint),
      ruleset?.ruleset as Ruleset | undefined,
    );
    this.cached = { published, vocabulary };
    return vocabulary;
  }
}
