import { z } from 'zod';

// Where on an estate a request is (the ruleset's `location` fact): inside a home, or one of the
// kinds of common area a site has. This list is the one source of the values and their labels:
// the estate stores each common area's kind from it, the ruleset's `location` options must be
// among it, and the intake lists a site's kinds with these labels.

/** The `location` of a request inside a unit (a room number); every other location is an area kind. */
export const HOME_LOCATION = 'home';

/**
 * The kinds of common area (公共区域), with the words the front desk and the cleaning standards
 * of domain.md use. `other` is an area of none of these kinds.
 */
export const AREA_KINDS = [
  { value: 'main_gate', label: { 'zh-CN': '大门及周边20米', en: 'Main gate and 20 m around' } },
  { value: 'shop_frontage', label: { 'zh-CN': '商铺门前', en: 'Shop frontage' } },
  { value: 'activity_area', label: { 'zh-CN': '公共活动区', en: 'Public activity area' } },
  { value: 'road', label: { 'zh-CN': '道路', en: 'Roads' } },
  { value: 'lift', label: { 'zh-CN': '电梯轿厢', en: 'Lift car' } },
  { value: 'lobby', label: { 'zh-CN': '大堂', en: 'Lobby' } },
  { value: 'lift_hall', label: { 'zh-CN': '电梯厅', en: 'Lift hall' } },
  { value: 'corridor', label: { 'zh-CN': '走廊/楼道', en: 'Corridor or stairwell' } },
  { value: 'car_park', label: { 'zh-CN': '地下车库', en: 'Underground car park' } },
  { value: 'fire_stairs', label: { 'zh-CN': '消防楼梯', en: 'Fire stairs' } },
  { value: 'roof', label: { 'zh-CN': '屋顶', en: 'Roof' } },
  { value: 'bins', label: { 'zh-CN': '垃圾桶/垃圾房', en: 'Bins and refuse points' } },
  { value: 'garden', label: { 'zh-CN': '园林绿地', en: 'Gardens' } },
  { value: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
] as const;

export type AreaKindValue = (typeof AREA_KINDS)[number]['value'];
export const AREA_KIND_VALUES = AREA_KINDS.map((k) => k.value) as [AreaKindValue, ...AreaKindValue[]];

/** The kind of a common area (走廊/楼道 `corridor`, 屋顶 `roof`…); see AREA_KINDS. */
export const AreaKind = z.enum(AREA_KIND_VALUES).meta({ id: 'AreaKind' });
export type AreaKind = z.infer<typeof AreaKind>;

/** Every location a request can be at, inside a home first, with its bilingual label. */
export const LOCATIONS = [
  { value: HOME_LOCATION, label: { 'zh-CN': '户内', en: 'Inside a home' } },
  ...AREA_KINDS,
] as const;

/** The values of LOCATIONS: what the ruleset's `location` fact may offer. */
export const LOCATION_VALUES: readonly string[] = LOCATIONS.map((l) => l.value);

/**
 * The locations to offer at a site: inside a home, then the kinds its common areas have, in the
 * order of AREA_KINDS, then `other` (every site has somewhere the list does not name).
 * @example siteLocations(['car_park', 'main_gate', 'car_park']).map((l) => l.value) // ['home', 'main_gate', 'car_park', 'other']
 */
export function siteLocations(kinds: readonly string[]): (typeof LOCATIONS)[number][] {
  const present = new Set(kinds);
  return LOCATIONS.filter((l) => l.value === HOME_LOCATION || l.value === 'other' || present.has(l.value));
}
