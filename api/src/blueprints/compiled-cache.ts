import { compile, type CompiledBlueprint } from '@frontstage/engine';
import type { BlueprintVersionRow } from '../database/entities.js';

/**
 * Published versions are immutable and content-addressed, so their compiled form is cached by hash
 * for the life of the process: every event on a ticket reuses the machine of its pinned version.
 */
export class CompiledCache {
  private readonly byHash = new Map<string, CompiledBlueprint>();

  get(row: Pick<BlueprintVersionRow, 'hash' | 'body'>): CompiledBlueprint {
    const cached = this.byHash.get(row.hash);
    if (cached) return cached;
    const result = compile(row.body);
    if (!result.ok || result.hash !== row.hash)
      throw new Error(`Stored blueprint version ${row.hash} no longer compiles to itself`);
    this.byHash.set(row.hash, result);
    return result;
  }
}
