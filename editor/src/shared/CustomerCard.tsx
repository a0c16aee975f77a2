import { memo } from 'react';
import type { Customer, CustomerRole } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { SegmentChips } from './SegmentChips';

/**
 * A customer as staff see them: name, phone exactly as the API gave it (masked for those who do not
 * call customers), segments, and the role they hold in the unit at hand when there is one.
 */
export const CustomerCard = memo(function CustomerCard({
  customer,
  role,
}: {
  customer: Customer;
  role?: CustomerRole;
}) {
  const { t } = useI18n();
  return (
    <div className="customer-card" data-testid="customer-card" data-customer={customer.id}>
      <strong className="customer-name">{customer.name}</strong>
      {role && <span className="chip">{t(`customer.role.${role}`)}</span>}
      <span
        className="customer-phone"
        data-masked={customer.phoneMasked}
        title={customer.phoneMasked ? t('customer.phoneMasked') : undefined}
      >
        {customer.phone}
      </span>
      <SegmentChips segments={customer.segments} />
    </div>
  );
});
