import type { Field } from '../schema/blueprint.js';
import type { Check } from './check.js';

/** Required-data forms are well formed: unique names, sane ranges, choices with options. */
export const checkFields: Check = ({ blueprint, report }) => {
  const checkForm = (
    fields: Field[],
    path: (string | number)[],
    at: { stepId?: string; flowId?: string },
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
    });
  };
  blueprint.steps.forEach(
    (s, i) => s.requiredData && checkForm(s.requiredData, ['steps', i, 'requiredData'], { stepId: s.id }),
  );
  blueprint.flows.forEach(
    (f, i) => f.requiredData && checkForm(f.requiredData, ['flows', i, 'requiredData'], { flowId: f.id }),
  );
};
