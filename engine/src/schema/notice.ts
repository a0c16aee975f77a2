import { z } from 'zod';
import { Text } from './primitives.js';

/**
 * What a customer message may say about its step, by `{name}`: `step` (the step's label),
 * `expected` (its time standard in words, '30 分钟'), `visitor` (the role who comes, never a
 * person's name), `ticket` (the request's number) and `blueprint` (the service's name).
 */
export const NOTICE_PLACEHOLDERS = ['step', 'expected', 'visitor', 'ticket', 'blueprint'] as const;
export type NoticePlaceholder = (typeof NOTICE_PLACEHOLDERS)[number];

/**
 * Whether the customer is told when a ticket enters the step, and in what words. Steps above the
 * line of visibility tell by default (with a standard text); `enabled: false` silences one, and
 * `enabled: true` makes a step below the line tell too.
 * @example { text: { 'zh-CN': '{visitor}已出发，预计{expected}内到达', en: 'The {visitor} is on the way, expected within {expected}' } }
 */
export const CustomerNotice = z
  .strictObject({
    enabled: z.boolean().optional(),
    text: Text.optional(),
  })
  .meta({ id: 'CustomerNotice' });
export type CustomerNotice = z.infer<typeof CustomerNotice>;
