import type { Blueprint, FactDeclaration, HeldRole } from '@frontstage/engine';
import { placements } from '../canvas/model/layout';
import type { Selection } from '../canvas/model/selection';
import { useI18n } from '../i18n/useI18n';
import { updateFlow } from './model/edit-flows';
import { moveStep, updateStep } from './model/edit-steps';
import { ROLES_LIST, roleChoices } from './model/roles';
import { BlueprintProperties } from './panels/BlueprintProperties';
import { FlowProperties } from './panels/FlowProperties';
import { StepProperties } from './panels/StepProperties';
import { SimulationPanel } from './simulation/SimulationPanel';
import type { SimulationApi } from './simulation/useSimulation';
import type { DesignerState } from './useDesigner';
import type { Comparison } from './versions/diff';
import type { VersionsApi } from './versions/useVersions';
import { VersionsPanel, type VersionPair } from './versions/VersionsPanel';

export type Tab = 'props' | 'sim' | 'versions';

/** The facts a flow condition can read: the data fields the blueprint's steps and flows collect. */
function dataFacts(b: Blueprint): FactDeclaration[] {
  const fields = [
    ...b.steps.flatMap((s) => s.requiredData ?? []),
    ...b.flows.flatMap((f) => f.requiredData ?? []),
  ];
  const seen = new Map<string, FactDeclaration>();
  for (const f of fields)
    if (!seen.has(f.name))
      seen.set(f.name, {
        name: f.name,
        label: f.label,
        type:
          f.type === 'integer' || f.type === 'number'
            ? 'number'
            : f.type === 'boolean'
              ? 'boolean'
              : 'string',
      });
  return [...seen.values()];
}

/** The right-hand panel: properties of the selection, simulation, versions. */
export function SidePanel({
  designer: d,
  sim,
  versions,
  onCompare,
  onFocus,
  comparing,
  pair,
  onPair,
  tab,
  onTab: setTab,
  ruleFacts,
  heldRoles,
}: {
  /** The roles the accounts hold; null when unknown (offline). */
  heldRoles: readonly HeldRole[] | null;
  /** The facts the ruleset declares, for the simulator's starting facts. */
  ruleFacts: readonly FactDeclaration[];
  /** The versions compared, when the address names them; told when the user compares others. */
  pair?: VersionPair;
  onPair?: (pair: VersionPair | undefined) => void;
  tab: Tab;
  onTab: (tab: Tab) => void;
  designer: DesignerState;
  sim: SimulationApi;
  versions: VersionsApi;
  onCompare: (c: Comparison | undefined) => void;
  onFocus: (selection: Selection) => void;
  comparing: boolean;
}) {
  const { t } = useI18n();
  const choices = roleChoices(d.blueprint, heldRoles);
  const step =
    d.selection.steps.length === 1 ? d.blueprint.steps.find((s) => s.id === d.selection.steps[0]) : undefined;
  const flow =
    !step && d.selection.flows.length === 1
      ? d.blueprint.flows.find((f) => f.id === d.selection.flows[0])
      : undefined;
  return (
    <aside className="side-panel">
      <nav className="tabs" role="tablist">
        {(['props', 'sim', 'versions'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'is-active' : ''}
            data-tab={k}
            onClick={() => setTab(k)}
          >
            {t(k === 'props' ? 'props.title' : k === 'sim' ? 'sim.title' : 'ver.title')}
          </button>
        ))}
      </nav>
      <datalist id={ROLES_LIST}>
        {choices.map((c) => (
          <option key={c.role} value={c.role} />
        ))}
      </datalist>
      <div className="tab-body">
        {tab === 'props' &&
          (step ? (
            <StepProperties
              key={step.id}
              step={step}
              roleChoices={choices}
              onChange={(patch) => d.apply((b) => updateStep(b, step.id, patch))}
              onLane={(lane) =>
                d.apply((b) => {
                  const p = placements(b).get(step.id)!;
                  return moveStep(b, step.id, lane, p);
                })
              }
            />
          ) : flow ? (
            <FlowProperties
              key={flow.id}
              flow={flow}
              roleChoices={choices}
              facts={dataFacts(d.blueprint)}
              fromTask={d.blueprint.steps.find((s) => s.id === flow.from)?.type === 'task'}
              onChange={(patch) => d.apply((b) => updateFlow(b, flow.id, patch))}
            />
          ) : (
            <BlueprintProperties blueprint={d.blueprint} onChange={d.apply} />
          ))}
        {tab === 'sim' && <SimulationPanel checked={d.checked} sim={sim} facts={ruleFacts} />}
        {tab === 'versions' && (
          <VersionsPanel
            versions={versions}
            current={d.blueprint}
            onCompare={onCompare}
            onFocus={onFocus}
            comparing={comparing}
            pair={pair}
            onPair={onPair}
          />
        )}
      </div>
    </aside>
  );
}
