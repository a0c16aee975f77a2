import { memo, useEffect, useState } from 'react';
import type { ResidentMe, ResidentSession } from '@frontstage/engine';
import { api, setToken } from './resident-api.js';
import type { Words } from './resident-words.js';

/** A tracking link from the front desk: exchanged for a session that follows that one request. */
export const TrackPage = memo(function TrackPage({
  token,
  words,
  onOpened,
}: {
  token: string;
  words: Words;
  onOpened: (me: ResidentMe, ticketId: string) => void;
}) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api<ResidentSession>('POST', '/api/residents/auth/track', { token })
      .then((session) => {
        setToken(session.token);
        onOpened(session.resident, session.resident.ticketId!);
      })
      .catch(() => setFailed(true));
  }, [token, onOpened]);
  return <p className="r-muted">{failed ? words.notFound : '…'}</p>;
});
