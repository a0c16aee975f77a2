import { memo, useEffect, useState } from 'react';
import { thumbnailUrl } from './resident-api.js';

/** A photo's thumbnail, fetched with the resident's token. */
export const Thumbnail = memo(function Thumbnail({ hash }: { hash: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    void thumbnailUrl(hash).then((u) => {
      made = u;
      setUrl(u);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [hash]);
  return url ? <img className="r-thumb" src={url} alt="" /> : <span className="r-thumb" />;
});
