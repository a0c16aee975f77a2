import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The designer's change note of each published ruleset version, as blueprint versions have (null before). */
export class RulesetNotes1764850000000 implements MigrationInterface {
  name = 'RulesetNotes1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'ruleset_versions',
      new TableColumn({ name: 'note', type: 'varchar', length: '500', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('ruleset_versions', 'note');
  }
}
