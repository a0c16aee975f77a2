import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The kind of each common area (engine AREA_KINDS: corridor, roof, car_park…), the `location` the
 * rules read when intake picks it. Areas added before kinds take one from their code where the
 * demo's and the usual codes say it, else `other`. And an index for counting a site's recent
 * complaints at intake.
 */
export class AreaKinds1764700000000 implements MigrationInterface {
  name = 'AreaKinds1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'common_areas',
      new TableColumn({ name: 'kind', type: 'varchar', length: '20', isNullable: false, default: "'other'" }),
    );
    const byCode: [string, string][] = [
      ['GATE%', 'main_gate'],
      ['GARAGE%', 'car_park'],
      ['PARKING%', 'car_park'],
      ['GARDEN%', 'garden'],
      ['LIFT-HALL%', 'lift_hall'],
      ['LIFT%', 'lift'],
      ['LOBBY%', 'lobby'],
      ['CLUB%', 'activity_area'],
      ['CORRIDOR%', 'corridor'],
      ['STAIR%', 'fire_stairs'],
      ['ROOF%', 'roof'],
    ];
    // Constants of this file, so inlined: placeholders differ between SQLite and PostgreSQL.
    for (const [code, kind] of byCode)
      await q.query(`UPDATE common_areas SET kind = '${kind}' WHERE kind = 'other' AND code LIKE '${code}'`);
    // Intake counts a site's recent complaints (tickets of the complaint blueprint) on every new ticket.
    await q.createIndex(
      'tickets',
      new TableIndex({
        name: 'idx_tickets_site_blueprint_created',
        columnNames: ['site_id', 'blueprint_key', 'created_at'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('tickets', 'idx_tickets_site_blueprint_created');
    await q.dropColumn('common_areas', 'kind');
  }
}
