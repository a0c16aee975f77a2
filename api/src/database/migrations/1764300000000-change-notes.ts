import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The designer's change note of each published version: what it changes and why (null before notes). */
export class ChangeNotes1764300000000 implements MigrationInterface {
  name = 'ChangeNotes1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'blueprint_versions',
      new TableColumn({ name: 'note', type: 'varchar', length: '500', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('blueprint_versions', 'note');
  }
}
