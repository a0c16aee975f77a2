import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Field } from '@frontstage/engine';
import { I18nProvider } from '../../i18n/I18nProvider';
import { FieldsEditor } from './FieldsEditor';

afterEach(cleanup);

describe('FieldsEditor', () => {
  it('marks a field customer-visible, and unmarks it leaving no flag behind', () => {
    let fields: Field[] = [{ name: 'quoteAmount', label: { 'zh-CN': '报价', en: 'Quote' }, type: 'number' }];
    const view = render(
      <I18nProvider initial="zh-CN">
        <FieldsEditor fields={fields} onChange={(next) => (fields = next)} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: '客户可见' }));
    expect(fields[0]!.customerVisible).toBe(true);
    view.rerender(
      <I18nProvider initial="zh-CN">
        <FieldsEditor fields={fields} onChange={(next) => (fields = next)} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: '客户可见' }));
    expect(JSON.parse(JSON.stringify(fields[0]))).toEqual({
      name: 'quoteAmount',
      label: { 'zh-CN': '报价', en: 'Quote' },
      type: 'number',
    });
  });
});
