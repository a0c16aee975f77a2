import { describe, expect, it } from 'vitest';
import { attachmentRefs, typeName } from './attachment-refs';

const ref = { hash: 'a'.repeat(64), mime: 'image/jpeg', bytes: 2068 };

describe('attachmentRefs', () => {
  it('reads a link entry’s data and an intake’s trace', () => {
    expect(attachmentRefs({ data: { attachments: [ref] }, trace: null })).toEqual([ref]);
    expect(attachmentRefs({ data: { description: 'x' }, trace: { attachments: [ref] } })).toEqual([ref]);
  });

  it('finds none in an entry without them, and skips malformed ones', () => {
    expect(attachmentRefs({ data: null, trace: null })).toEqual([]);
    expect(attachmentRefs({ data: { attachments: [{ hash: 1 }, ref] }, trace: null })).toEqual([ref]);
  });

  it('names a type by its subtype', () => {
    expect(typeName('application/pdf')).toBe('PDF');
  });
});
