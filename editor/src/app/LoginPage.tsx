import { useState, type FormEvent } from 'react';
import { createApiClient } from '../api/client';
import { useI18n } from '../i18n/useI18n';
import { LocaleSwitch } from './LocaleSwitch';
import { sessionOf, type Session } from './session';

/** Sign in against the API; or work offline in the designer when no API is running. */
export function LoginPage({ onSession }: { onSession: (s: Session) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('designer');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const api = createApiClient();
      const res = await api.login(username, password);
      onSession(sessionOf(api, res));
    } catch {
      setError(t('login.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)}>
        <div className="brand">
          <span className="brand-mark">◧</span>
          <div>
            <h1>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
        </div>
        <h2>{t('login.title')}</h2>
        <label className="prop">
          <span>{t('login.username')}</span>
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
          />
        </label>
        <label className="prop">
          <span>{t('login.password')}</span>
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          {t('login.submit')}
        </button>
        <button
          type="button"
          className="link"
          onClick={() => onSession({ api: null, username: 'offline', role: 'designer' })}
          data-action="offline"
        >
          {t('login.offline')}
        </button>
        <LocaleSwitch />
      </form>
    </div>
  );
}
