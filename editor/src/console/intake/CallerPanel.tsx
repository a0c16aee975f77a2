import type { Customer, Occupant } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { CustomerCard } from '../../shared/CustomerCard';

/**
 * Who is calling: the customer record proposed by the picked unit (changeable to anyone who lives
 * there, or to an anonymous report), or, when anonymous, whatever name and phone the caller gives.
 */
export function CallerPanel({
  customer,
  occupants,
  customerName,
  phone,
  error,
  onCustomer,
  onText,
}: {
  customer: Customer | null;
  occupants: readonly Occupant[];
  customerName: string;
  phone: string;
  error: string | null;
  onCustomer: (customer: Customer | null) => void;
  onText: (name: 'customerName' | 'phone', value: string) => void;
}) {
  const { t } = useI18n();
  const role = occupants.find((o) => o.customer.id === customer?.id)?.role;
  return (
    <div className="caller" data-testid="caller">
      {customer ? (
        <div className="caller-picked">
          <CustomerCard customer={customer} role={role} />
          <button type="button" className="link" onClick={() => onCustomer(null)} data-action="anonymous">
            {t('caller.anonymous')}
          </button>
        </div>
      ) : (
        <>
          <p className="hint" data-testid="caller-anonymous">
            {t('caller.none')}
          </p>
          <label className="prop">
            <span>{t('intake.customerName')}</span>
            <input
              name="intake-customerName"
              value={customerName}
              onChange={(e) => onText('customerName', e.target.value)}
            />
          </label>
          <label className="prop">
            <span>{t('intake.phone')}</span>
            <input
              name="intake-phone"
              type="tel"
              value={phone}
              onChange={(e) => onText('phone', e.target.value)}
            />
          </label>
        </>
      )}
      {occupants.length > 0 && (
        <div className="occupants" role="group" aria-label={t('caller.occupants')}>
          <span className="muted">{t('caller.occupants')}</span>
          {occupants.map((o) => (
            <button
              key={`${o.customer.id}:${o.role}`}
              type="button"
              aria-pressed={o.customer.id === customer?.id}
              className={o.customer.id === customer?.id ? 'is-on' : ''}
              onClick={() => onCustomer(o.customer)}
              data-occupant={o.customer.id}
            >
              {o.customer.name} · {t(`customer.role.${o.role}`)}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="error-text" role="alert" data-field-error="customer">
          {error}
        </p>
      )}
    </div>
  );
}
