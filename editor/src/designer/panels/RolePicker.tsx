import { useState } from 'react';
import { Role } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import type { RoleChoice } from '../model/roles';

const NEW = '__new';

/**
 * The roles of a step or flow, chosen from the roles that exist (the blueprint's, and those the
 * accounts hold, with how many hold each); a role nobody holds is marked. A new role can still be
 * added, deliberately, by typing it after choosing "new role".
 */
export function RolePicker({
  name,
  label,
  roles,
  choices,
  onChange,
}: {
  name: string;
  label: string;
  roles: readonly string[];
  choices: readonly RoleChoice[];
  onChange: (roles: string[]) => void;
}) {
  const { t, text } = useI18n();
  const [adding, setAdding] = useState(false);
  const [typed, setTyped] = useState('');
  const [bad, setBad] = useState(false);
  const byRole = new Map(choices.map((c) => [c.role, c]));
  const held = (c: RoleChoice | undefined) =>
    c?.users === undefined ? '' : c.users === 0 ? t('roles.nobody') : t('roles.users', { count: c.users });
  const add = (role: string) => {
    if (!roles.includes(role)) onChange([...roles, role]);
  };
  const addTyped = () => {
    const role = typed.trim();
    if (!Role.safeParse(role).success) return setBad(true);
    add(role);
    setTyped('');
    setBad(false);
    setAdding(false);
  };
  return (
    <fieldset className="role-picker" data-role-picker={name}>
      <legend>{label}</legend>
      <ul className="role-chips">
        {roles.map((r) => {
          const c = byRole.get(r);
          return (
            <li key={r} data-role={r} className={c?.users === 0 ? 'is-unheld' : ''}>
              <span>
                {r}
                {c?.label ? ` · ${text(c.label)}` : ''}
              </span>
              {c?.users === 0 && (
                <span className="role-unheld" title={t('roles.nobodyHint')}>
                  ⚠ {t('roles.nobody')}
                </span>
              )}
              <button
                type="button"
                className="link"
                aria-label={t('roles.remove', { role: r })}
                onClick={() => onChange(roles.filter((x) => x !== r))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select
        name={`${name}-add`}
        aria-label={t('roles.add')}
        value=""
        onChange={(e) => (e.target.value === NEW ? setAdding(true) : add(e.target.value))}
      >
        <option value="">{t('roles.add')}…</option>
        {choices
          .filter((c) => !roles.includes(c.role))
          .map((c) => (
            <option key={c.role} value={c.role}>
              {c.role}
              {c.label ? ` · ${text(c.label)}` : ''}
              {held(c) ? ` (${held(c)})` : ''}
            </option>
          ))}
        <option value={NEW}>{t('roles.new')}</option>
      </select>
      {adding && (
        <div className="row">
          <input
            name={`${name}-new`}
            aria-label={t('roles.newName')}
            placeholder="plumber"
            value={typed}
            autoFocus
            aria-invalid={bad || undefined}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && addTyped()}
          />
          <button type="button" className="small" onClick={addTyped}>
            {t('roles.addNew')}
          </button>
        </div>
      )}
      {bad && <em className="error-text">{t('roles.badName')}</em>}
    </fieldset>
  );
}
