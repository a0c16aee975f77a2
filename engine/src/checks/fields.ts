import { PREFILL_SOURCE_TYPES } from '../prefill.js';
import { seenByCustomer, type Field, type Step } from '../schema/blueprint.js';
import type { Check } from './check.js';

/** Required-data forms are well formed: unique names, sane ranges, choices with options. */
export const checkFields: Check = ({ blueprint, report }) => {
  const steps = new Map(blueprint.steps.map((s) => [s.id, s]));
  // Every field of every form: a `data.<name>` prefill needs another form that collects <name>.
  const forms = [...blueprint.steps, ...blueprint.flows].flatMap((x) => x.requiredData ?? []);
  const checkForm = (
    fields: Field[],
    path: (string | number)[],
    at: { stepId?: string; flowId?: string },
    /** The step whose work the form records: its lane decides whether the customer can see it. */
    step: Step | undefined,
  ) => {
    const names = new Set<string>();
    fields.forEach((field, i) => {
      const fieldPath = [...path, i];
      if (names.has(field.name))
        report({
          code: 'field.duplicate_name',
          severity: 'error',
          path: [...fieldPath, 'name'],
          ...at,
          zh: `字段“${field.name}”重复`,
          en: `Field "${field.name}" is defined twice`,
        });
      names.add(field.name);
      if (field.min !== undefined && field.max !== undefined && field.min > field.max)
        report({
          code: 'field.bad_range',
          severity: 'error',
          path: fieldPath,
          ...at,
          zh: `字段“${field.name}”的最小值大于最大值`,
          en: `Field "${field.name}" has min greater than max`,
        });
      if (field.type === 'choice' && !field.options)
        report({
          code: 'field.choice_without_options',
          severity: 'error',
          path: fieldPath,
          ...at,
          zh: `选择字段“${field.name}”没有选项`,
          en: `Choice field "${field.name}" has no options`,
        });
      // A promise the timeline cannot keep: the customer never sees what is done behind the line.
      if (field.customerVisible && step && !seenByCustomer(step))
        report({
          code: 'field.customer_visible_behind_line',
          severity: 'warning',
          path: [...fieldPath, 'customerVisible'],
          ...at,
          zh: `字段“${field.name}”标为客户可见，但它所在的环节在可视分界线以下，客户看不到`,
          en: `Field "${field.name}" is marked customer-visible, but its step is below the line of visibility: the customer never sees it`,
        });
      checkPrefill(field, [...fieldPath, 'prefill'], at);
    });
  };
  const checkPrefill = (
    field: Field,
    path: (string | number)[],
    at: { stepId?: string; flowId?: string },
  ) => {
    const source = field.prefill;
    if (!source) return;
    if (source.startsWith('data.')) {
      const name = source.slice('data.'.length);
      if (!forms.some((other) => other !== field && other.name === name))
        report({
          code: 'field.prefill_unknown_data',
          severity: 'warning',
          path,
          ...at,
          zh: `字段“${field.name}”取自“${name}”，但没有其他环节填写“${name}”，它不会被预填`,
          en: `Field "${field.name}" is prefilled from "${name}", which no other step's form collects: it is never filled`,
        });
      return;
    }
    const types = PREFILL_SOURCE_TYPES[source];
    if (types && !types.includes(field.type))
      report({
        code: 'field.prefill_type',
        severity: 'warning',
        path,
        ...at,
        zh: `字段“${field.name}”是${field.type}类型，不能取自“${source}”（适用于：${types.join('、')}）`,
        en: `Field "${field.name}" is of type ${field.type} and cannot be prefilled from "${source}" (fits: ${types.join(', ')})`,
      });
  };
  blueprint.steps.forEach(
    (s, i) => s.requiredData && checkForm(s.requiredData, ['steps', i, 'requiredData'], { stepId: s.id }, s),
  );
  blueprint.flows.forEach(
    (f, i) =>
      f.requiredData &&
      checkForm(f.requiredData, ['flows', i, 'requiredData'], { flowId: f.id }, steps.get(f.from)),
  );
};
