import { memo } from 'react';
import type { Unit } from '@frontstage/engine';

/** One unit in the site's table; choosing it shows who lives there. */
export const UnitRow = memo(function UnitRow({
  unit,
  selected,
  onSelect,
}: {
  unit: Unit;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <tr className={selected ? 'is-selected' : ''} data-unit={unit.code}>
      <td>
        <button type="button" className="link" onClick={() => onSelect(unit.id)}>
          {unit.code}
        </button>
      </td>
      <td>{unit.building}</td>
      <td>{unit.entrance ?? '—'}</td>
      <td>{unit.room}</td>
      <td>{unit.floorArea ?? '—'}</td>
    </tr>
  );
});
