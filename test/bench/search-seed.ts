// Descriptions a customer-service desk writes down, from phrase pools (place, fault, detail, time),
// and the search index rows of the 1,000,000 tickets estate-seed.ts writes, built with the API's
// own searchRow: deterministic, so two runs index the same words.
import { searchRow, type SearchIndexRow } from '@frontstage/api';
import type { SeedDb } from './estate-seed.js';

const PLACES = [
  '卫生间',
  '厨房',
  '客厅',
  '主卧',
  '次卧',
  '阳台',
  '书房',
  '玄关',
  '楼道',
  '地下车库',
  '电梯厅',
  '大堂',
  '天台',
  '消防通道',
  '单元门口',
  '小区大门',
  '儿童乐园',
  '垃圾房',
  '配电房',
  '水泵房',
];
const FAULTS = [
  '漏水',
  '水管爆裂',
  '下水道堵塞',
  '马桶堵了',
  '天花板渗水',
  '墙面发霉',
  '电梯困人',
  '电梯异响',
  '灯不亮',
  '跳闸停电',
  '门禁坏了',
  '对讲机没声音',
  '窗户关不上',
  '防盗门锁坏了',
  '暖气不热',
  '燃气有异味',
  '噪音扰民',
  '宠物粪便',
  '垃圾没清运',
  '车位被占',
  '烟雾报警器误报',
  '地漏返臭',
  '热水器漏电',
  '空调滴水',
  '外墙脱落',
  '楼上装修太吵',
  '快递丢失',
  '监控看不清',
  '绿化带积水',
  '路灯不亮',
];
const DETAILS = [
  '已经两天了',
  '楼上邻居不在家',
  '业主很着急',
  '老人独自在家',
  '影响正常生活',
  '第二次报修',
  '请尽快派人',
  '上次没修好',
  '晚上才有人',
  '需要提前电话联系',
  '孩子在家',
  '有安全隐患',
];
const TIMES = ['今天早上', '昨天晚上', '上周二', '凌晨', '中午', '下班回家后', '周末', '刚才'];

/** The description of ticket m: a time, a place, a fault and one or two details. */
export function descriptionOf(m: number): string {
  const pick = <T>(pool: readonly T[], salt: number) =>
    pool[Math.floor((m * salt + (m >> 7)) % pool.length)]!;
  const extra = m % 3 === 0 ? `，${pick(DETAILS, 131)}` : '';
  return `${pick(TIMES, 7)}${pick(PLACES, 31)}${pick(FAULTS, 17)}，${pick(DETAILS, 53)}${extra}`;
}

/**
 * Fills `ticket_search` for every ticket (what intake would have written): reads tickets with their
 * place and caller in id order, a chunk at a time. PostgreSQL's trigram indexes are dropped for
 * the load and built once after it, and the rows are then put in report-time order.
 */
export async function seedSearchIndex(db: SeedDb, insert: (rows: SearchIndexRow[]) => Promise<void>) {
  const began = performance.now();
  const pg = db.kind === 'postgres';
  if (pg) {
    await db.run('DROP INDEX IF EXISTS idx_ticket_search_body');
    await db.run('DROP INDEX IF EXISTS idx_ticket_search_pairs');
  }
  let after = '';
  let count = 0;
  for (;;) {
    const rows = await db.all<{
      id: string;
      site_id: string;
      created_at: string;
      location_code: string | null;
      caller: string | null;
    }>(
      `SELECT t.id, t.site_id, t.created_at, t.location_code, c.name AS caller FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
       WHERE t.id > ${pg ? '$1' : '?'} ORDER BY t.id LIMIT 20000`,
      [after],
    );
    if (rows.length === 0) break;
    await insert(
      rows.map((r) =>
        searchRow({
          id: r.id,
          siteId: r.site_id,
          createdAt: r.created_at,
          // Ticket m's id ends in m (estate-seed.ts).
          facts: { description: descriptionOf(Number(r.id.slice(-12))) },
          locationCode: r.location_code,
          callerName: r.caller,
          areaName: null,
        }),
      ),
    );
    count += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  if (pg) {
    await db.run("SET maintenance_work_mem = '1GB'");
    // As the migration builds them.
    await db.run('CREATE INDEX idx_ticket_search_body ON ticket_search USING gin (body gin_trgm_ops)');
    await db.run('CREATE INDEX idx_ticket_search_pairs ON ticket_search USING gin (pairs gin_trgm_ops)');
    // Newest first, as migration 1764800000000 writes the rows and intake appends them (this load went in id order).
    await db.run('CLUSTER ticket_search USING idx_ticket_search_newest');
  }
  return { rows: count, seconds: (performance.now() - began) / 1000 };
}
