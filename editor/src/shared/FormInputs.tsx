import { useEffect, useState, type ReactNode } from 'react';

/** A text input that commits on blur or Enter, so one edit is one undo step, not one per key. */
export function CommitInput({
  label,
  value,
  onCommit,
  placeholder,
  name,
  type,
  min,
  max,
  list,
  error,
}: {
  label: ReactNode;
  value: string;
  onCommit: (v: string) => void;
  placeholder?: string;
  name?: string;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  /** Id of a datalist to suggest values from. */
  list?: string;
  /** Shown under the input, e.g. why the last entry was refused. */
  error?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  // With an error showing, even re-entering the stored value commits, so the error can clear.
  const commit = () => (draft !== value || !!error) && onCommit(draft);
  return (
    <label className="prop">
      <span>{label}</span>
      <input
        name={name}
        type={type}
        min={min}
        max={max}
        list={list}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && <em className="error-text">{error}</em>}
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
