import type { Text } from '@frontstage/engine';

/** The channels a notification can go by; each outbox row is one notification on one channel. */
export const CHANNELS = ['in-app', 'email', 'webhook', 'wechat', 'sms'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/**
 * What is told: a customer's step message, a staff notice (assignment, warning or breach,
 * escalation), or a resident's one-time sign-in code.
 */
export const NOTIFICATION_KINDS = [
  'customer.step',
  'staff.assignment',
  'staff.alert',
  'staff.escalation',
  'resident.sign-in-code',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who a notification is for: a customer by their contacts, or staff by role (and team). */
export interface Recipient {
  /** `customer`, or `role:<role>` for staff; the in-app store's audience. */
  audience: string;
  customerId?: string;
  phone?: string;
  email?: string;
  /** The customer's WeChat openid for subscription messages. */
  openid?: string;
  team?: string;
}

/** What a channel says: the text in both languages and the values a provider template fills. */
export interface NotificationBody {
  text: Text;
  /** Provider template variables (zh-CN values): step, expected, ticket, or code. */
  params: Record<string, string>;
  stepId?: string;
}

/** A notification as a module hands it to NotificationsService.enqueue. */
export interface Notification {
  kind: NotificationKind;
  ticketId: string | null;
  recipient: Recipient;
  body: NotificationBody;
  /** Goes at once even in quiet hours (an emergency, a sign-in code the resident is waiting for). */
  urgent?: boolean;
  /** Only these channels; by default every configured channel that can reach the recipient. */
  channels?: readonly ChannelName[];
  /** The site whose quiet hours apply; the company's when absent. */
  siteId?: string;
}

/** One outbox row claimed for delivery. `id` is the notification id and the receiver's idempotency key. */
export interface OutboxItem {
  id: string;
  kind: NotificationKind;
  channel: ChannelName;
  ticketId: string | null;
  recipient: Recipient;
  body: NotificationBody;
  attempts: number;
  createdAt: string;
}
