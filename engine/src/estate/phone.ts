import { normalizeWidth } from './address.js';

// Phone numbers as the estate stores them: mainland mobiles as 11 digits ('13812345678'), fixed
// lines as area code '-' number ('0755-26881234'). Both arrive with spaces, dashes, brackets,
// full-width digits or a +86 in front.

const MOBILE = /^1[3-9]\d{9}$/;
// Area codes 010 and 02x have three digits (Beijing, Shanghai, Guangzhou…), the others four.
const FIXED = /^(0[12]\d|0[3-9]\d{2})(\d{7,8})$/;

/** The stored form of a phone number, or null when it is not a mainland mobile or fixed line. */
export function normalizePhone(text: string): string | null {
  let digits = normalizeWidth(text).replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) return null;
  if (MOBILE.test(digits)) return digits;
  const fixed = FIXED.exec(digits);
  return fixed ? `${fixed[1]}-${fixed[2]}` : null;
}

/**
 * A phone number as those who do not call customers see it: the first three and the last four
 * digits of a mobile ('138****5678'), the area code and the last four of a fixed line.
 */
export function maskPhone(phone: string): string {
  const fixed = /^(0\d{2,3})-\d*(\d{4})$/.exec(phone);
  if (fixed) return `${fixed[1]}-****${fixed[2]}`;
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** Whether a text is a masked phone as `maskPhone` writes it (an export read back keeps the stored number). */
export function isMaskedPhone(text: string): boolean {
  return /\*{4}/.test(text);
}
