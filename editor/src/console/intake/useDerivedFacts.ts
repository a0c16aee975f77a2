import { useEffect, useRef, useState } from 'react';
import type { DerivedFacts } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import type { NewTicket } from '../../api/filters';

/**
 * What the server would derive for the request as the desk fills it in (`POST /api/tickets/derived-facts`):
 * recent complaints, inside a home, location, each with where it came from. The same derivation
 * runs when the ticket is saved; this only shows it first. Answers to older requests are dropped.
 */
export function useDerivedFacts(api: ApiClient | null, request: NewTicket): DerivedFacts | null {
  const [answer, setAnswer] = useState<{ key: string; derived: DerivedFacts } | null>(null);
  const asked = useRef(0);
  const key = JSON.stringify(request);
  useEffect(() => {
    if (!api) return;
    const n = ++asked.current;
    const timer = setTimeout(() => {
      api.deriveFacts(JSON.parse(key) as NewTicket).then(
        (derived) => {
          if (n === asked.current) setAnswer({ key, derived });
        },
        // A refused place is said by saving; the preview just shows nothing derived.
        () => {
          if (n === asked.current) setAnswer(null);
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [api, key]);
  // Derived for another request than the one on screen: not shown as if it were this one's.
  return answer && answer.key === key ? answer.derived : null;
}
