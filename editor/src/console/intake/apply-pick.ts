import { HOME_LOCATION, type Customer, type LocationHit, type Ruleset } from '@frontstage/engine';
import type { IntakeForm } from './intake-facts';
import { pickHit, segmentFact } from './place-pick';

/** The values the ruleset offers for the facts a pick can propose. */
export interface PickChoices {
  location: readonly string[];
  customerSegment: readonly string[];
}

/** The options the ruleset lists for `location` and `customerSegment`. */
export function pickChoices(ruleset: Ruleset): PickChoices {
  const values = (name: string) =>
    ruleset.facts?.find((f) => f.name === name)?.options?.map((o) => String(o.value)) ?? [];
  return { location: values('location'), customerSegment: values('customerSegment') };
}

/**
 * The form with `customer` as the caller, proposing their segment for the rules when the ruleset
 * offers it; null makes the report anonymous and leaves the segment as the desk set it.
 */
export function chooseCaller(form: IntakeForm, customer: Customer | null, choices: PickChoices): IntakeForm {
  const next = { ...form, customer };
  const segment = customer ? segmentFact(customer.segments) : '';
  if (choices.customerSegment.includes(segment)) next.customerSegment = segment;
  return next;
}

/**
 * The form after picking a hit of the search box at `site`: the place and caller as `pickHit`
 * decides, the box emptied for the next search, the caller's segment proposed, and, when the desk
 * has not said where yet, the location fact proposed: the area's kind (走廊/楼道 `corridor`, the
 * estate's word the rules read), or 'home' for a unit.
 * @example applyPick(EMPTY_INTAKE, unitHit, 'cuihu', choices).location // 'home'
 */
export function applyPick(
  form: IntakeForm,
  hit: LocationHit,
  site: string,
  choices: PickChoices,
): IntakeForm {
  const pick = pickHit(hit, form, site);
  let next: IntakeForm = { ...form, place: pick.place, occupants: pick.occupants, placeText: '' };
  next =
    pick.customer === form.customer
      ? { ...next, customer: pick.customer }
      : chooseCaller(next, pick.customer, choices);
  if (!form.location && pick.place) {
    const proposed = pick.place.kind === 'area' ? pick.place.areaKind : HOME_LOCATION;
    if (choices.location.includes(proposed)) next.location = proposed;
  }
  return next;
}
