import type { FactDeclaration } from '@frontstage/engine';
import { FactInput } from './FactInput';

/** Every declared fact as its input, choices and text first, the yes/no facts together after them. */
export function FactFields({
  facts,
  values,
  onChange,
  prefix,
}: {
  facts: readonly FactDeclaration[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  prefix: string;
}) {
  const input = (f: FactDeclaration) => (
    <FactInput
      key={f.name}
      fact={f}
      prefix={prefix}
      value={values[f.name] ?? ''}
      onChange={(v) => onChange({ ...values, [f.name]: v })}
    />
  );
  return (
    <div className="fact-fields">
      {facts.filter((f) => f.type !== 'boolean').map(input)}
      <div className="intake-flags">{facts.filter((f) => f.type === 'boolean').map(input)}</div>
    </div>
  );
}
