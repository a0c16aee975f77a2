import { describe, expect, it } from 'vitest';
import { start, step, type CompiledBlueprint, type Ticket } from '@frontstage/engine';
import { actor, at, fireBreach, send } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';

const library = new Map(shippedBlueprints().map((b) => [b.key, compiledOf(b)]));
const open = (key: string): { compiled: CompiledBlueprint; ticket: Ticket } => {
  const compiled = library.get(key)!;
  const opened = start(compiled, {}, actor('frontdesk'), at(0));
  if (!opened.ok) throw new Error(opened.rejection.code);
  return { compiled, ticket: opened.ticket };
};
const rejection = (compiled: CompiledBlueprint, ticket: Ticket, type: string, role: string, data: Record<string, string>) => {
  const result = step(compiled, ticket, { type, data }, actor(role), at(90));
  return result.ok ? undefined : result.rejection.code;
};

describe('the lift-entrapment plan', () => {
  const reassured = () => {
    const { compiled, ticket } = open('lift-entrapment');
    return { compiled, result: send(compiled, ticket, 'REASSURED', 'frontdesk', { liftNo: '3号梯', peopleCount: 2 }, 1) };
  };

  it('calls the contractor and starts its 30 minutes at the same moment', () => {
    const { result } = reassured();
    expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'callSupplier', supplier: 'lift_contractor' }));
    expect(result.ticket.state).toBe('release');
    expect(result.ticket.timers.find((t) => t.stepId === 'release' && t.kind === 'breach')?.due).toBe(at(31));
  });

  it('lets security or the contractor record the release as soon as either is there', () => {
    const { compiled, result } = reassured();
    const data = { releasedBy: 'contractor', securityArrivalMinutes: 4 };
    for (const role of ['security', 'supplier_coordinator']) expect(send(compiled, result.ticket, 'RELEASED', role, data, 10).ticket.state).toBe('aftercare');
  });

  it('hands command to the site manager when the 30 minutes run out, and still takes the release from whoever is there', () => {
    const { compiled, result } = reassured();
    const escalated = fireBreach(compiled, result.ticket).result;
    expect(escalated.ticket.state).toBe('rescue');
    expect(escalated.ticket.escalations.at(-1)).toMatchObject({ kind: 'breach', to: 'site_manager' });
    const data = { releasedBy: 'fire_service', securityArrivalMinutes: 4 };
    for (const role of ['site_manager', 'security', 'supplier_coordinator']) expect(send(compiled, escalated.ticket, 'RELEASED', role, data, 40).ticket.state).toBe('aftercare');
  });
});

describe('the water-leak plan', () => {
  it('still takes the shut-off from the people on site after the breach escalation', () => {
    const { compiled, ticket } = open('water-leak');
    const waiting = send(compiled, ticket, 'RECORDED', 'frontdesk', { location: '3-1201', phone: '13800138000' }, 1).ticket;
    expect(waiting.state).toBe('shutoff');
    const escalated = fireBreach(compiled, waiting).result.ticket;
    expect(escalated.state).toBe('site_manager_takeover');
    for (const role of ['site_manager', 'security', 'engineer']) expect(send(compiled, escalated, 'SHUT_OFF', role, {}, 20).ticket.state).toBe('notify_units');
  });
});

describe('the security-incident plan', () => {
  const secured = (policeNeeded: boolean) => {
    const { compiled, ticket } = open('security-incident');
    let t = send(compiled, ticket, 'RECORDED', 'frontdesk', { incidentType: 'fight', location: '正门', description: '有人打架' }, 1).ticket;
    t = send(compiled, t, 'ON_SCENE', 'security', {}, 4).ticket;
    return { compiled, ticket: send(compiled, t, 'SECURED', 'security', { policeNeeded, injured: 1 }, 10).ticket };
  };

  it('alerts security and the site manager, and escalates a late arrival to the site manager', () => {
    const { compiled, ticket } = open('security-incident');
    const recorded = send(compiled, ticket, 'RECORDED', 'frontdesk', { incidentType: 'fire', location: '5栋12楼', description: '着火' }, 1);
    expect(recorded.effects.filter((e) => e.kind === 'notify').map((e) => 'to' in e && e.to)).toEqual(expect.arrayContaining(['security', 'site_manager']));
    expect(recorded.ticket.timers.find((t) => t.kind === 'breach')?.due).toBe(at(6));
    const late = fireBreach(compiled, recorded.ticket).result.ticket;
    expect(late.state).toBe('command');
    expect(late.escalations.at(-1)).toMatchObject({ to: 'site_manager' });
  });

  it('calls 110/119 from the support lane only when the scene needs it', () => {
    const called = secured(true);
    expect(called.ticket.state).toBe('call_police');
    expect(called.compiled.blueprint.steps.find((s) => s.id === 'call_police')?.lane).toBe('support');
    expect(secured(false).ticket.state).toBe('inform');
  });
});

describe('the complaint process', () => {
  const PROPOSER: Record<string, string> = {
    customer_service: 'frontdesk',
    engineering: 'engineer',
    security: 'security',
    cleaning: 'cleaner',
    greening: 'cleaner',
    supplier: 'supplier_coordinator',
  };
  const assigned = (department: string) => {
    const { compiled, ticket } = open('complaint');
    let t = send(compiled, ticket, 'REGISTERED', 'frontdesk', { complainant: '王先生', complainedAt: '2026-11-23', content: '草坪没人修剪', unit: '3-1201', phone: '13800138000' }, 1).ticket;
    t = send(compiled, t, 'JUDGED', 'supervisor', { wellFounded: true }, 30).ticket;
    return { compiled, ticket: send(compiled, t, 'ASSIGNED', 'supervisor', { department }, 40).ticket };
  };

  it('routes the proposal to the responsible department, for every department on the form', () => {
    const options = library.get('complaint')!.blueprint.steps.find((s) => s.id === 'assign')!.requiredData!.find((f) => f.name === 'department')!.options!;
    expect(options.map((o) => o.value).sort()).toEqual(Object.keys(PROPOSER).sort());
    for (const { value } of options) {
      const { compiled, ticket } = assigned(value);
      expect(ticket.assignment?.roles, value).toContain(PROPOSER[value]);
      for (const other of new Set(Object.values(PROPOSER)))
        if (other !== PROPOSER[value]) expect(rejection(compiled, ticket, 'PROPOSED', other, { proposal: '一周内修剪' }), `${value} / ${other}`).toBe('role_not_allowed');
      expect(send(compiled, ticket, 'PROPOSED', PROPOSER[value]!, { proposal: '一周内修剪' }, 60).ticket.state).toBe('approve');
    }
  });

  it('records which solution the supervisor approved', () => {
    const { compiled, ticket } = assigned('greening');
    const proposed = send(compiled, ticket, 'PROPOSED', 'cleaner', { proposal: '方案一：本周修剪；方案二：外包' }, 60).ticket;
    expect(() => send(compiled, proposed, 'APPROVED', 'supervisor', {}, 70)).toThrow(/data_invalid/);
    const approved = send(compiled, proposed, 'APPROVED', 'supervisor', { approvedSolution: '方案一：本周修剪' }, 70).ticket;
    expect(approved.state).toBe('act');
    expect(approved.context.data.approvedSolution).toBe('方案一：本周修剪');
  });
});
