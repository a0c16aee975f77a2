import { memo } from 'react';
import type { CustomerSegments } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

/** A customer's segments (domain.md): important or ordinary, member, and the kind of customer. */
export const SegmentChips = memo(function SegmentChips({ segments }: { segments: CustomerSegments }) {
  const { t } = useI18n();
  return (
    <span className="segments" data-testid="segments">
      <span className={`chip segment-${segments.importance}`}>
        {t(`customer.importance.${segments.importance}`)}
      </span>
      {segments.member && <span className="chip segment-member">{t('customer.member')}</span>}
      <span className="chip">{t(`customer.kind.${segments.kind}`)}</span>
    </span>
  );
});
