import { Controller, Sse, type MessageEvent } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/endpoint.js';
import { Observable } from 'rxjs';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { canSee } from '../tickets/ticket-access.js';
import { changeKey } from './change-payload.js';
import { StreamBus } from './stream-bus.js';

@ApiTags('stream')
@Controller('stream')
export class StreamController {
  constructor(private readonly bus: StreamBus) {}

  /** Server-sent events of ticket changes the caller may see (token in the header or `?access_token=`). */
  @Roles('staff', 'supervisor', 'auditor', 'admin')
  @Endpoint({
    summary: 'Live ticket changes the caller may see, as server-sent events',
    operationId: 'streamTicketChanges',
    description:
      'Events `ready`, `ticket.created` and `ticket.updated` (data: a TicketChange, only of the caller’s sites) and `ping` every 25 s. The token may come as `?access_token=` for EventSource.',
    answer: { contentType: 'text/event-stream' },
  })
  @Sse()
  stream(@CurrentUser() user: CurrentUserData): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      subscriber.next({ type: 'ready', data: { user: user.username } });
      const unsubscribe = this.bus.subscribe(
        (change) => {
          // A change of a site outside the caller's scope is never sent, whatever its team or roles.
          // A customer's in-app message leaves the ticket as it was: the resident stream carries it, not this one.
          if (!change.notification && canSee(user, { ...change, siteId: change.site }))
            subscriber.next({ type: change.kind, id: changeKey(change), data: change });
        },
        () => subscriber.complete(),
      );
      const keepAlive = setInterval(() => subscriber.next({ type: 'ping', data: {} }), 25_000);
      return () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
    });
  }
}
