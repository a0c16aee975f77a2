import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import type { ChainVerification } from '@frontstage/engine';

/** Recomputes the audit log's hash chain on the server and says whether it holds, or where it breaks. */
export function ChainCheck({ api }: { api: ApiClient }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setResult(await api.verifyChain());
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="chain-check">
      <button type="button" onClick={() => void run()} disabled={busy} data-action="verify-chain">
        {t('chain.verify')}
      </button>
      {result && (
        <span
          className={result.ok ? 'verdict-ok' : 'verdict-bad'}
          data-testid="chain-result"
          data-ok={result.ok}
        >
          {result.ok
            ? t('chain.ok', { entries: result.entries, head: result.headSeq })
            : t('chain.broken', {
                seq: result.firstBroken?.seq ?? '?',
                reason: result.firstBroken?.reason ?? '',
              })}
        </span>
      )}
      {error !== null && <span className="error-text">{describeError(error, i18n)}</span>}
    </span>
  );
}
