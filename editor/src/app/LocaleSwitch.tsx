import { useI18n } from '../i18n/useI18n';

/** 中文 / English. */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="locale-switch" role="group" aria-label={t('app.language')}>
      <button
        type="button"
        className={locale === 'zh-CN' ? 'is-active' : ''}
        onClick={() => setLocale('zh-CN')}
        data-locale="zh-CN"
      >
        中文
      </button>
      <button
        type="button"
        className={locale === 'en' ? 'is-active' : ''}
        onClick={() => setLocale('en')}
        data-locale="en"
      >
        English
      </button>
    </div>
  );
}
