import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

/** The actions a transition chose, in order, as xstate's own `transition` returns them. */
type Executed = { type: string; params?: unknown }[];

/**
 * A pure transition that reuses one inert actor scope per machine. xstate's exported `transition`
 * builds a new actor and actor system on every call, which cost more than the transition itself;
 * blueprint machines spawn no children and run no actions (step reads the action list), so one
 * scope serves every call. Like `transition`, it executes nothing.
 * @example const [next, actions] = transitFor(machine)(snapshot, { type: 'DISPATCHED' });
 */
export function transitFor(
  machine: AnyStateMachine,
): (snapshot: AnyMachineSnapshot, event: EventObject) => [AnyMachineSnapshot, Executed] {
  const self = createActor(machine);
  let executed: Executed = [];
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action: { type: string; params?: unknown }) => {
      executed.push(action);
    },
  };
  return (snapshot, event) => {
    executed = [];
    const next = machine.transition(snapshot, event, scope as never);
    return [next, executed];
  };
}
