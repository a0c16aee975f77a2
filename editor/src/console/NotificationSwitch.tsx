import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Asks once for desktop notifications, so new emergencies reach a desk that looks elsewhere. */
export function NotificationSwitch() {
  const { t } = useI18n();
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'denied' : Notification.permission,
  );
  if (permission !== 'default') return null;
  return (
    <button
      type="button"
      className="link"
      onClick={() => void Notification.requestPermission().then(setPermission)}
      data-action="enable-notifications"
    >
      {t('alarm.enable')}
    </button>
  );
}
