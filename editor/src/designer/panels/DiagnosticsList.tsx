import type { Blueprint, Diagnostic } from '@frontstage/engine';
import { targetOf } from '../../canvas/model/marks';
import type { Selection } from '../../canvas/model/selection';
import { useI18n } from '../../i18n/useI18n';

/** Every problem the engine found; clicking one selects the step or flow it is about. */
export function DiagnosticsList({
  blueprint,
  diagnostics,
  onSelect,
}: {
  blueprint: Blueprint;
  diagnostics: readonly Diagnostic[];
  onSelect: (s: Selection) => void;
}) {
  const { t, text } = useI18n();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section className="diagnostics" aria-label={t('diag.title')}>
      <header>
        <strong>{t('diag.title')}</strong>
        <span className={`count ${errors ? 'count-error' : 'count-ok'}`} data-testid="error-count">
          {t('diag.errors', { count: errors })}
        </span>
        <span className={`count ${warnings ? 'count-warning' : 'count-ok'}`}>
          {t('diag.warnings', { count: warnings })}
        </span>
      </header>
      {diagnostics.length === 0 ? (
        <p className="diag-none">✓ {t('diag.none')}</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => {
            const target = targetOf(d, blueprint);
            return (
              <li key={`${d.code}-${i}`}>
                <button
                  type="button"
                  className={`diag diag-${d.severity}`}
                  data-code={d.code}
                  onClick={() =>
                    onSelect({
                      steps: target.stepId ? [target.stepId] : [],
                      flows: target.flowId ? [target.flowId] : [],
                    })
                  }
                >
                  <span className="diag-sev">{d.severity === 'error' ? '✕' : '!'}</span>
                  <span className="diag-msg">{text(d.message)}</span>
                  <code className="diag-code">{d.code}</code>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
