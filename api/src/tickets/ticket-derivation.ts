import { Injectable } from '@nestjs/common';
import {
  applyDerived,
  COMPLAINT_REQUEST,
  complaintWindowStart,
  deriveFacts,
  roomKey,
  type DerivedFact,
  type DerivePlace,
  type JsonValue,
} from '@frontstage/engine';
import type { Place } from '../estate/ticket-places.js';
import { RulesService } from '../rules/rules.service.js';
import { ComplaintHistoryRepository } from './complaint-history.repository.js';

/** The facts a request is taken in with: its own and the derived ones, with where each came from. */
export interface Derivation {
  derived: DerivedFact[];
  facts: Record<string, JsonValue>;
}

/**
 * The facts intake derives on the server, so the console and every API client get the same: the
 * engine's deriveFacts over the place and the site's complaint tickets of the window.
 */
@Injectable()
export class TicketDerivation {
  constructor(
    private readonly rules: RulesService,
    private readonly history: ComplaintHistoryRepository,
  ) {}

  async derive(place: Place, facts: Record<string, JsonValue>, now: string): Promise<Derivation> {
    const complaintBlueprint = (
      await this.rules.evaluate(COMPLAINT_REQUEST, undefined, place.site.assignment.rulesetVersion)
    ).classification.blueprint;
    const typedRoom = typeof facts.unit === 'string' ? roomKey(facts.unit) : null;
    const complaints = await this.history.complaints(
      place.site.id,
      complaintBlueprint,
      complaintWindowStart(now),
      now,
      {
        customerId: place.customerId,
        unitId: place.unitId,
        areaId: place.areaId,
        roomCode: place.unitId !== null ? place.locationCode : typedRoom,
      },
    );
    const derived = deriveFacts({
      now,
      place: placeOf(place),
      customerId: place.customerId,
      facts,
      complaints,
    });
    return { derived, facts: applyDerived(facts, derived) };
  }
}

function placeOf(place: Place): DerivePlace {
  if (place.unitId !== null) return { kind: 'unit', unitId: place.unitId, code: place.locationCode ?? '' };
  if (place.areaId !== null)
    return {
      kind: 'area',
      areaId: place.areaId,
      code: place.locationCode ?? '',
      areaKind: place.areaKind ?? 'other',
    };
  return null;
}
