import { memo, useState, type FormEvent } from 'react';
import type { ResidentMe, ResidentSession } from '@frontstage/engine';
import { api, ResidentApiError, setToken } from './resident-api.js';
import type { Words } from './resident-words.js';

/** Phone and one-time code. The page never says whether a phone is known: the code just does not arrive. */
export const SignInPage = memo(function SignInPage({
  words,
  onSignedIn,
}: {
  words: Words;
  onSignedIn: (me: ResidentMe) => void;
}) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (e: unknown) =>
    setNote(
      e instanceof ResidentApiError && e.status === 429
        ? words.tooMany
        : e instanceof ResidentApiError && e.status === 401
          ? words.wrongCode
          : words.error,
    );

  const sendCode = async () => {
    setBusy(true);
    try {
      await api('POST', '/api/residents/auth/code', { phone });
      setNote(words.codeSent);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const session = await api<ResidentSession>('POST', '/api/residents/auth/sign-in', { phone, code });
      setToken(session.token);
      onSignedIn(session.resident);
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="r-card r-form" onSubmit={(e) => void signIn(e)}>
      <label>
        {words.phone}
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
      </label>
      <div className="r-row">
        <label className="r-grow">
          {words.code}
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        <button
          type="button"
          className="r-secondary"
          disabled={busy || phone.length < 5}
          onClick={() => void sendCode()}
        >
          {words.sendCode}
        </button>
      </div>
      {note ? (
        <p className="r-note" role="status">
          {note}
        </p>
      ) : null}
      <button type="submit" className="r-primary" disabled={busy || code.length !== 6}>
        {words.signIn}
      </button>
    </form>
  );
});
