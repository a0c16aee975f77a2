import { memo, useState } from 'react';
import { api } from './resident-api.js';
import type { Words } from './resident-words.js';
import { Thumbnail } from './Thumbnail.js';

const MAX_PHOTOS = 6;

/**
 * Photos taken or chosen (an image input without `capture` lets the phone offer both), uploaded
 * one by one; the report sends their hashes.
 */
export const PhotoPicker = memo(function PhotoPicker({
  words,
  hashes,
  onChange,
}: {
  words: Words;
  hashes: string[];
  onChange: (hashes: string[]) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const add = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    setFailed(false);
    const added: string[] = [];
    for (const file of Array.from(files).slice(0, MAX_PHOTOS - hashes.length)) {
      const form = new FormData();
      form.append('file', file);
      try {
        added.push((await api<{ hash: string }>('POST', '/api/attachments', form)).hash);
      } catch {
        setFailed(true);
      }
    }
    onChange([...hashes, ...added]);
    setBusy(false);
  };
  return (
    <div className="r-photos">
      <span>{words.photos}</span>
      <div className="r-row r-wrap">
        {hashes.map((h) => (
          <Thumbnail key={h} hash={h} />
        ))}
        {hashes.length < MAX_PHOTOS ? (
          <label className="r-add-photo">
            {busy ? '…' : '+'}
            <input
              type="file"
              name="photos"
              accept="image/*"
              multiple
              hidden
              onChange={(e) => void add(e.target.files)}
            />
            <span className="r-sr">{words.addPhoto}</span>
          </label>
        ) : null}
      </div>
      {failed ? <p className="r-note">{words.error}</p> : null}
    </div>
  );
});
