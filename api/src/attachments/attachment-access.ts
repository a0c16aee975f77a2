import type { CurrentUserData } from '../common/roles.decorator.js';
import { canSee, type Visible } from '../tickets/ticket-access.js';

/** What decides who may read an attachment: who uploaded it (the caller or not) and the tickets holding it. */
export interface AttachmentHolders {
  uploadedByCaller: boolean;
  tickets: Visible[];
}

/**
 * Whether the caller may read an attachment: its uploader may (they sent those bytes), and so may
 * whoever sees a ticket it is linked to. Everyone else is told it does not exist. Residents, when
 * they come, add their own case here (a ticket they reported).
 * @example canReadAttachment(deskOfNorth, { uploadedByCaller: false, tickets: [southTicket] }) === false
 */
export function canReadAttachment(user: CurrentUserData, holders: AttachmentHolders): boolean {
  return holders.uploadedByCaller || holders.tickets.some((ticket) => canSee(user, ticket));
}
