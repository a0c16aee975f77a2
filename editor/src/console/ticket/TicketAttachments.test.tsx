import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { fakeApi } from '../../test-support/fake-api';
import type { TicketAttachment } from '@frontstage/engine';
import { TicketAttachments } from './TicketAttachments';

afterEach(cleanup);

const HASH = 'a'.repeat(64);
const photo: TicketAttachment = {
  hash: HASH,
  mime: 'image/jpeg',
  bytes: 48_213,
  width: 640,
  height: 480,
  url: `/api/attachments/${HASH}`,
  thumbnailUrl: `/api/attachments/${HASH}/thumbnail`,
  linkedAt: '2026-12-01T08:00:00.000Z',
  linkedBy: 'frontdesk',
};

function setup(attachments: TicketAttachment[], locale: 'en' | 'zh-CN' = 'en') {
  let added = 0;
  const fake = fakeApi(({ method, path }) => {
    if (method === 'GET' && path.startsWith('/attachments/'))
      return { text: 'jpeg-bytes', contentType: 'image/jpeg' };
    if (method === 'POST' && path === '/attachments')
      return { status: 201, body: { ...photo, hash: 'b'.repeat(64) } };
    if (method === 'POST' && path === '/tickets/t1/attachments') return { body: [photo] };
    return undefined;
  });
  render(
    <I18nProvider initial={locale}>
      <TicketAttachments
        api={fake.api}
        ticketId="t1"
        attachments={attachments}
        canWrite
        onAdded={() => (added += 1)}
      />
    </I18nProvider>,
  );
  return { calls: fake.calls, added: () => added };
}

describe('TicketAttachments', () => {
  it('shows each photo by its thumbnail, read with the token', async () => {
    const { calls } = setup([photo]);
    await waitFor(() => expect(document.querySelector(`[data-hash="${HASH}"] img`)).not.toBeNull());
    const read = calls.find((c) => c.path === `/attachments/${HASH}/thumbnail`);
    expect(read?.headers.authorization).toBe('Bearer test-token');
    expect(screen.getByText(/47 KB/)).toBeTruthy();
  });

  it('uploads a chosen photo, then links it to the ticket by its hash', async () => {
    const { calls, added } = setup([]);
    const input = document.querySelector<HTMLInputElement>('[data-action="add-attachment"]')!;
    fireEvent.change(input, { target: { files: [new File(['x'], 'leak.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(added()).toBe(1));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /attachments',
      'POST /tickets/t1/attachments',
    ]);
    expect(calls[0]!.body).toBeInstanceOf(FormData);
    expect(calls[1]!.body).toEqual({ hashes: ['b'.repeat(64)] });
  });

  it('speaks zh-CN', () => {
    setup([], 'zh-CN');
    expect(screen.getByText('照片和文件')).toBeTruthy();
    expect(screen.getByText('暂无照片或文件。')).toBeTruthy();
    expect(screen.getByText('添加照片')).toBeTruthy();
  });
});
