import { normalizePhone, normalizeWidth } from '@frontstage/engine';

// What digits a search may match of a stored (normalised) phone. Who reads phones masked sees
// '138****8000': they may search by the last four digits they can see, or by a whole number they
// already know; any other run of digits would let them uncover a masked number digit by digit.

/** A phone search's digits, and whether they must end the number (the last four) or be all of it. */
export type PhoneQuery =
  { kind: 'whole'; phone: string } | { kind: 'suffix'; digits: string } | { kind: 'part'; digits: string };

/** The digits of a text, or null when it holds anything but digits, spaces, dashes, brackets and a leading +. */
function digitsOf(text: string): string | null {
  const digits = normalizeWidth(text).replace(/[\s\-()（）]/g, '');
  return /^\+?\d+$/.test(digits) ? digits : null;
}

/**
 * The phone query a text makes, or null: any three or more digits for who reads full numbers;
 * the last four or a whole number for who reads them masked.
 * @example phoneQuery('8000', false) // { kind: 'suffix', digits: '8000' }
 */
export function phoneQuery(text: string, full: boolean, least = 3): PhoneQuery | null {
  const digits = digitsOf(text);
  if (digits === null) return null;
  const phone = normalizePhone(digits);
  if (phone) return { kind: 'whole', phone };
  if (full) return digits.length >= least ? { kind: 'part', digits: digits.replace(/^\+86/, '') } : null;
  return digits.length === 4 ? { kind: 'suffix', digits } : null;
}

/** The LIKE pattern (or the equal value) a phone query matches a stored phone with. */
export function phonePattern(q: PhoneQuery): { op: '=' | 'LIKE'; value: string } {
  if (q.kind === 'whole') return { op: '=', value: q.phone };
  return { op: 'LIKE', value: q.kind === 'suffix' ? `%${q.digits}` : `%${q.digits}%` };
}
