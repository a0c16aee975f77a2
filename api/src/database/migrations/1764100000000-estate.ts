import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  TableUnique,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';

const v = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const id = (): TableColumnOptions => v('id', 36, { isPrimary: true });
const siteId = (name = 'site_id'): TableColumnOptions => v(name, 40);
const fk = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' = 'RESTRICT') =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  });

/** The site every ticket and user of a database older than the estate belongs to. */
export const UPGRADE_SITE = { id: 'main', name: '本项目' } as const;
export const DEFAULT_ASSIGNMENT = '{"blueprints":null,"rulesetVersion":null}';

/**
 * The estate: sites, their buildings, units and common areas, the customers who hold units, which
 * sites a user works at, and where each ticket is. A database that already has users or tickets
 * gets one site, `main`, holding all of them; a fresh one is left empty for the seed's demo estate.
 */
export class Estate1764100000000 implements MigrationInterface {
  name = 'Estate1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // PostgreSQL's default collation orders by language and cannot use a b-tree for `LIKE 'prefix%'`;
    // "C" compares bytes, as SQLite does, so search-as-you-type walks the unique index.
    const bytewise = q.connection.options.type === 'postgres' ? { collation: 'C' } : {};
    await q.createTable(
      new Table({
        name: 'sites',
        columns: [
          v('id', 40, { isPrimary: true }),
          v('name', 200),
          v('address', 400, { isNullable: true }),
          { name: 'calendar', type: 'text', isNullable: true },
          { name: 'assignment', type: 'text', default: `'${DEFAULT_ASSIGNMENT}'` },
          v('created_at', 30),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'buildings',
        columns: [id(), siteId(), v('name', 100)],
        uniques: [new TableUnique({ name: 'uq_buildings_site_name', columnNames: ['site_id', 'name'] })],
        foreignKeys: [fk('site_id', 'sites')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          id(),
          siteId(),
          v('building_id', 36),
          v('code', 64, bytewise),
          v('entrance', 20, { isNullable: true }),
          v('room', 20),
          { name: 'floor_area', type: 'real', isNullable: true },
        ],
        uniques: [new TableUnique({ name: 'uq_units_site_code', columnNames: ['site_id', 'code'] })],
        foreignKeys: [fk('site_id', 'sites'), fk('building_id', 'buildings')],
      }),
    );
    await q.createIndex(
      'units',
      new TableIndex({ name: 'idx_units_building', columnNames: ['building_id', 'code'] }),
    );
    await q.createTable(
      new Table({
        name: 'common_areas',
        columns: [id(), siteId(), v('code', 64, bytewise), v('name', 200, bytewise)],
        uniques: [new TableUnique({ name: 'uq_areas_site_code', columnNames: ['site_id', 'code'] })],
        foreignKeys: [fk('site_id', 'sites')],
      }),
    );
    await q.createIndex(
      'common_areas',
      new TableIndex({ name: 'idx_areas_site_name', columnNames: ['site_id', 'name'] }),
    );
    await q.createTable(
      new Table({
        name: 'customers',
        columns: [
          id(),
          v('name', 200, bytewise),
          // Normalized (engine normalizePhone): one customer per number.
          v('phone', 20, { ...bytewise, isUnique: true }),
          v('importance', 20),
          { name: 'member', type: 'boolean', default: false },
          v('kind', 20),
          v('created_at', 30),
          v('updated_at', 30),
        ],
      }),
    );
    await q.createIndex('customers', new TableIndex({ name: 'idx_customers_name', columnNames: ['name'] }));
    await q.createTable(
      new Table({
        name: 'customer_units',
        columns: [
          id(),
          v('customer_id', 36),
          v('unit_id', 36),
          siteId(),
          v('role', 20),
          v('since', 10, { isNullable: true }),
          v('until', 10, { isNullable: true }),
        ],
        uniques: [
          new TableUnique({
            name: 'uq_holdings_customer_unit_role',
            columnNames: ['customer_id', 'unit_id', 'role'],
          }),
        ],
        foreignKeys: [
          fk('customer_id', 'customers', 'CASCADE'),
          fk('unit_id', 'units'),
          fk('site_id', 'sites'),
        ],
      }),
    );
    await q.createIndex(
      'customer_units',
      new TableIndex({ name: 'idx_holdings_unit', columnNames: ['unit_id'] }),
    );
    await q.createIndex(
      'customer_units',
      new TableIndex({ name: 'idx_holdings_customer', columnNames: ['customer_id'] }),
    );
    // The customers of one site, for the intake search box.
    await q.createIndex(
      'customer_units',
      new TableIndex({ name: 'idx_holdings_site_customer', columnNames: ['site_id', 'customer_id'] }),
    );
    // Before user_sites refers to users: SQLite adds a column by rebuilding the table.
    await q.addColumn('users', new TableColumn({ name: 'company_wide', type: 'boolean', default: false }));
    await q.createTable(
      new Table({
        name: 'user_sites',
        columns: [v('user_id', 36, { isPrimary: true }), v('site_id', 40, { isPrimary: true })],
        foreignKeys: [fk('user_id', 'users', 'CASCADE'), fk('site_id', 'sites')],
      }),
    );
    await this.placeTickets(q);
    await this.adoptExistingRows(q);
  }

  /** Where a ticket is: its site (every ticket has one), the unit or common area, who reported it. */
  private async placeTickets(q: QueryRunner): Promise<void> {
    // The default only fills the rows already there; it is dropped so a new ticket must name its site.
    await q.addColumns('tickets', [
      new TableColumn({ ...siteId(), default: `'${UPGRADE_SITE.id}'` }),
      new TableColumn(v('unit_id', 36, { isNullable: true })),
      new TableColumn(v('area_id', 36, { isNullable: true })),
      new TableColumn(v('location_code', 64, { isNullable: true })),
      new TableColumn(v('customer_id', 36, { isNullable: true })),
    ]);
    await q.changeColumn('tickets', 'site_id', new TableColumn(siteId()));
    await q.createIndex(
      'tickets',
      new TableIndex({
        name: 'idx_tickets_site_queue',
        columnNames: ['site_id', 'status', 'urgency_rank', 'next_breach', 'created_at', 'id'],
      }),
    );
    for (const column of ['unit_id', 'area_id', 'customer_id'])
      await q.createIndex(
        'tickets',
        new TableIndex({
          name: `idx_tickets_${column.replace('_id', '')}`,
          columnNames: [column, 'created_at'],
        }),
      );
  }

  /** An upgraded database keeps working as one site: every ticket and every user belong to `main`. */
  private async adoptExistingRows(q: QueryRunner): Promise<void> {
    const [row] = (await q.query(
      'SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM tickets) AS n',
    )) as { n: number | string }[];
    if (Number(row?.n ?? 0) === 0) return;
    const p = q.connection.options.type === 'postgres' ? ['$1', '$2', '$3'] : ['?', '?', '?'];
    await q.query(`INSERT INTO sites (id, name, created_at) VALUES (${p.join(', ')})`, [
      UPGRADE_SITE.id,
      UPGRADE_SITE.name,
      new Date().toISOString(),
    ]);
    await q.query(`INSERT INTO user_sites (user_id, site_id) SELECT id, '${UPGRADE_SITE.id}' FROM users`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      'idx_tickets_customer',
      'idx_tickets_area',
      'idx_tickets_unit',
      'idx_tickets_site_queue',
    ])
      await q.dropIndex('tickets', name);
    for (const column of ['customer_id', 'location_code', 'area_id', 'unit_id', 'site_id'])
      await q.dropColumn('tickets', column);
    for (const table of [
      'user_sites',
      'customer_units',
      'customers',
      'common_areas',
      'units',
      'buildings',
      'sites',
    ])
      await q.dropTable(table);
    await q.dropColumn('users', 'company_wide');
  }
}
