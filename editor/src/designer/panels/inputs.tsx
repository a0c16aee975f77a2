import { useEffect, useState, type ReactNode } from 'react';

/** A text input that commits on blur or Enter, so one edit is one undo step, not one per key. */
export function CommitInput({
  label,
  value,
  onCommit,
  placeholder,
  name,
}: {
  label: ReactNode;
  value: string;
  onCommit: (v: string) => void;
  placeholder?: string;
  name?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <label className="prop">
      <span>{label}</span>
      <input
        name={name}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

export function Check({
  label,
  checked,
  onChange,
  name,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
  name?: string;
}) {
  return (
    <label className="prop prop-check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  name?: string;
}) {
  return (
    <label className="prop">
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Splits "a, b ,c" into ['a','b','c']. */
export const splitList = (v: string) =>
  v
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
