import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { renderDesigner } from './test-utils';

afterEach(cleanup);

describe('Designer', () => {
  it('draws the five lanes and every step of the blueprint', () => {
    const d = renderDesigner();
    expect(d.container.querySelectorAll('.react-flow__node-lane')).toHaveLength(5);
    expect(d.steps()).toHaveLength(sampleBlueprint().steps.length);
    expect(screen.getByText('Line of visibility')).toBeTruthy();
  });

  it('moves a step to another lane and hands it to that lane (lane change from the panel)', () => {
    const d = renderDesigner();
    fireEvent.click(screen.getByText('Record request'));
    const panel = d.container.querySelector<HTMLElement>('[data-props-step="record"]')!;
    expect(panel).toBeTruthy();
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Lane' }), {
      target: { value: 'customer' },
    });
    expect(d.node('record')!.querySelector('.step-roles')?.textContent).toBe('Customer');
    expect(d.node('record')!.style.transform).not.toBe('');
  });

  it('marks a new unconnected task, lists the problem, and selects the step from the list', () => {
    const d = renderDesigner();
    expect(d.errors()).toBe(0);
    fireEvent.click(d.container.querySelector('[data-palette=task]')!);
    expect(d.steps()).toHaveLength(sampleBlueprint().steps.length + 1);
    expect(d.errors()).toBeGreaterThan(0);
    expect(d.node('task')!.querySelector('.step.has-error')).toBeTruthy();
    fireEvent.click(screen.getByText('Properties'));
    fireEvent.click(d.container.querySelector('.diag[data-code="step.unreachable"]')!);
    expect(d.container.querySelector('[data-props-step="task"]')).toBeTruthy();
  });

  it('undoes and redoes an edit', () => {
    const d = renderDesigner();
    const n = d.steps().length;
    fireEvent.click(d.container.querySelector('[data-palette=auto]')!);
    expect(d.steps()).toHaveLength(n + 1);
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(d.steps()).toHaveLength(n);
    fireEvent.click(screen.getByRole('button', { name: /Redo/ }));
    expect(d.steps()).toHaveLength(n + 1);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(d.steps()).toHaveLength(n);
  });

  it('copies and pastes a step with a fresh id', () => {
    const d = renderDesigner();
    fireEvent.click(screen.getByText('Dispatch engineer'));
    fireEvent.click(screen.getByRole('button', { name: /Copy/ }));
    fireEvent.click(screen.getByRole('button', { name: /Paste/ }));
    expect(d.node('dispatch_2')).toBeTruthy();
    expect(d.container.querySelector('[data-props-step="dispatch_2"]')).toBeTruthy();
  });

  it('asks before deleting, and deletes the step with its flows', () => {
    const d = renderDesigner();
    fireEvent.click(screen.getByText('Notify engineer'));
    fireEvent.keyDown(window, { key: 'Delete' });
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(d.node('notify')).toBeNull();
    expect(d.container.querySelector('[data-flow="notify-fix"]')).toBeNull();
  });

  it('refuses a bad import file with a clear message and keeps the draft', async () => {
    const d = renderDesigner();
    const n = d.steps().length;
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(['{ "key": "x", oops'], 'bad.json', { type: 'application/json' })] },
      });
    });
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Import refused: The file is not valid JSON/,
    );
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File([JSON.stringify({ key: 'Not A Key', steps: [] })], 'bad.json')] },
      });
    });
    expect((await screen.findByRole('status')).textContent).toMatch(/not a service blueprint/);
    expect(d.steps()).toHaveLength(n);
    expect(screen.getByText('Repair of shared parts')).toBeTruthy();
  });

  it('shows why an import was refused in the language the page speaks', async () => {
    renderDesigner({ locale: 'zh-CN' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file'), {
        target: { files: [new File([JSON.stringify({ key: 'Not A Key', steps: [] })], 'bad.json')] },
      });
    });
    const status = (await screen.findByRole('status')).textContent ?? '';
    expect(status).toMatch(/文件不是一个服务蓝图/);
    expect(status).toMatch(/key：/);
    expect(status).not.toMatch(/not a service blueprint/);
  });
});
