import type { Step } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/** Small marks on a step: moment of truth, fail point, time standard. */
export function StepBadges({ step }: { step: Step }) {
  const { t, text } = useI18n();
  return (
    <span className="badges">
      {step.momentOfTruth && (
        <span className="badge badge-mot" title={t('badge.mot')}>
          {t('badge.motShort')}
        </span>
      )}
      {step.failPoint && (
        <span className="badge badge-fail" title={`${t('badge.fail')}: ${text(step.failPoint)}`}>
          {t('badge.failShort')}
        </span>
      )}
      {step.timeStandard && (
        <span className="badge badge-time" title={t('badge.time')}>
          ◷ {step.timeStandard.duration.replace(/^PT?/, '').toLowerCase()}
        </span>
      )}
    </span>
  );
}
