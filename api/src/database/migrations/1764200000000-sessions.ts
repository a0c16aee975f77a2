import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sign-in sessions, so a reload keeps the user signed in: the browser holds an HttpOnly cookie,
 * the database only the SHA-256 of it (a copy of the table signs nobody in), and signing out
 * ends the session on the server, not just in the browser.
 */
export class Sessions1764200000000 implements MigrationInterface {
  name = 'Sessions1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'auth_sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'last_used_at', type: 'varchar', length: '30' },
          { name: 'expires_at', type: 'varchar', length: '30' },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await q.createIndex(
      'auth_sessions',
      new TableIndex({ name: 'idx_sessions_user', columnNames: ['user_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('auth_sessions');
  }
}
