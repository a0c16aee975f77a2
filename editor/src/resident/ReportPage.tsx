import { memo, useEffect, useState, type FormEvent } from 'react';
import type { ResidentOptions, ResidentTicket } from '@frontstage/engine';
import { api, currentToken } from './resident-api.js';
import type { ResidentRoute } from './resident-route.js';
import { pick, type Lang, type Words } from './resident-words.js';
import { PhotoPicker } from './PhotoPicker.js';

/** A new request: where, what kind, in the resident's words, when to come, and up to 6 photos. */
export const ReportPage = memo(function ReportPage({
  words,
  lang,
  go,
}: {
  words: Words;
  lang: Lang;
  go: (route: ResidentRoute) => void;
}) {
  const [options, setOptions] = useState<ResidentOptions | null>(null);
  const [place, setPlace] = useState('');
  const [category, setCategory] = useState('repair');
  const [description, setDescription] = useState('');
  const [preferredTime, setPreferredTime] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void api<ResidentOptions>('GET', '/api/residents/options').then((o) => {
      setOptions(o);
      setPlace((p) => p || (o.places[0] ? `${o.places[0].kind}:${o.places[0].id}` : ''));
    });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = place.split(':');
    setBusy(true);
    setFailed(false);
    try {
      const ticket = await api<ResidentTicket>('POST', '/api/residents/tickets', {
        place: { kind, id },
        category,
        description,
        ...(preferredTime ? { preferredTime } : {}),
        ...(photos.length ? { attachments: photos } : {}),
      });
      go({ page: 'ticket', id: ticket.id });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  if (!options) return <p className="r-muted">…</p>;
  return (
    <>
      <button type="button" className="r-link" onClick={() => go({ page: 'home' })}>
        ‹ {words.back}
      </button>
      <form className="r-card r-form" onSubmit={(e) => void submit(e)}>
        <label>
          {words.place}
          <select name="place" value={place} onChange={(e) => setPlace(e.target.value)}>
            {options.places.map((p) => (
              <option key={p.id} value={`${p.kind}:${p.id}`}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.category}
          <select name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {options.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {pick(c.label, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.description}
          <textarea
            name="description"
            rows={3}
            maxLength={2000}
            placeholder={words.descriptionHint}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <label>
          {words.preferredTime}
          <input
            name="preferredTime"
            maxLength={100}
            placeholder={words.preferredHint}
            value={preferredTime}
            onChange={(e) => setPreferredTime(e.target.value)}
          />
        </label>
        {currentToken() ? <PhotoPicker words={words} hashes={photos} onChange={setPhotos} /> : null}
        {failed ? <p className="r-note">{words.error}</p> : null}
        <button type="submit" className="r-primary" disabled={busy || !place || description.trim() === ''}>
          {busy ? words.submitting : words.submit}
        </button>
      </form>
    </>
  );
});
