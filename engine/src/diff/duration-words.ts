import type { Text } from '../schema/primitives.js';

const UNITS = [
  { letter: 'W', zh: '周', one: 'week', many: 'weeks' },
  { letter: 'D', zh: '天', one: 'day', many: 'days' },
  { letter: 'H', zh: '小时', one: 'hour', many: 'hours' },
  { letter: 'M', zh: '分钟', one: 'minute', many: 'minutes' },
  { letter: 'S', zh: '秒', one: 'second', many: 'seconds' },
] as const;

/**
 * An ISO-8601 duration in words, part by part as it is written; anything else comes back as it is.
 * @example durationWords('PT4H') // { 'zh-CN': '4 小时', en: '4 hours' }
 * durationWords('PT1H30M') // { 'zh-CN': '1 小时 30 分钟', en: '1 hour 30 minutes' }
 */
export function durationWords(duration: string): Text {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  const parts = match
    ? UNITS.flatMap((u, i) => (match[i + 1] === undefined ? [] : [{ n: Number(match[i + 1]), u }]))
    : [];
  if (parts.length === 0) return { 'zh-CN': duration, en: duration };
  return {
    'zh-CN': parts.map(({ n, u }) => `${n} ${u.zh}`).join(' '),
    en: parts.map(({ n, u }) => `${n} ${n === 1 ? u.one : u.many}`).join(' '),
  };
}
