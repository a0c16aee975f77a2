import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Attachments: one row per stored content (named by its SHA-256), who uploaded it, and which
 * tickets it is linked to. On PostgreSQL the bytes live in the database too (`attachment_blobs`),
 * so every instance behind a load balancer reads them; SQLite keeps them in a folder beside its file.
 */
export class Attachments1765000000000 implements MigrationInterface {
  name = 'Attachments1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'attachments',
        columns: [
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'mime', type: 'varchar', length: '40' },
          { name: 'bytes', type: 'integer' },
          { name: 'width', type: 'integer', isNullable: true },
          { name: 'height', type: 'integer', isNullable: true },
          // The thumbnail's own hash (images only): stored under it like any content.
          { name: 'thumbnail_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attachment_uploads',
        columns: [
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'uploaded_by', type: 'varchar', length: '64', isPrimary: true },
          { name: 'uploaded_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ticket_attachments',
        columns: [
          { name: 'ticket_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'linked_by', type: 'varchar', length: '64' },
          { name: 'linked_at', type: 'varchar', length: '30' },
          // The audit entry that names the hash: attachments list in the order the log gave them.
          { name: 'audit_seq', type: 'integer' },
          // Its place among those one entry linked, as the request listed them.
          { name: 'position', type: 'integer' },
        ],
      }),
    );
    // Reading an attachment asks which tickets hold it.
    await q.createIndex(
      'ticket_attachments',
      new TableIndex({ name: 'idx_ticket_attachments_hash', columnNames: ['hash'] }),
    );
    if (q.connection.options.type === 'postgres')
      await q.createTable(
        new Table({
          name: 'attachment_blobs',
          columns: [
            { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
            { name: 'content', type: 'bytea' },
          ],
        }),
      );
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') await q.dropTable('attachment_blobs');
    await q.dropTable('ticket_attachments');
    await q.dropTable('attachment_uploads');
    await q.dropTable('attachments');
  }
}
