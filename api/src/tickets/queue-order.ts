/** The next breach of a ticket with none running: after every real time, so it sorts last. */
export const NO_BREACH = '9999-12-31T23:59:59.999Z';

/** The queue's first order: emergencies, then special, then general requests. */
export const urgencyRank = (cls: string): number => (cls === 'emergency' ? 0 : cls === 'special' ? 1 : 2);
