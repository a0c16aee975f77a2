import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';

/**
 * A local object URL for an attachment's bytes. Read with the bearer token (never put in a URL,
 * where logs would keep it), and released when the component goes or the URL changes.
 */
export function useAttachmentUrl(
  api: ApiClient,
  url: string | null,
): { src: string | null; failed: boolean } {
  const [state, setState] = useState<{ src: string | null; failed: boolean }>({ src: null, failed: false });
  useEffect(() => {
    if (!url) return;
    let objectUrl: string | null = null;
    let live = true;
    api.attachmentBlob(url).then(
      (blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ src: objectUrl, failed: false });
      },
      () => live && setState({ src: null, failed: true }),
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [api, url]);
  return state;
}
