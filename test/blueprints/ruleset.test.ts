import { describe, expect, it } from 'vitest';
import {
  classify,
  compile,
  compileRuleset,
  decidingQuestions,
  missingLabels,
  start,
  step,
  suggestFacts,
  type Classification,
} from '@frontstage/engine';
import { REQUESTS } from './requests.js';
import { compiledOf, shippedBlueprints, shippedRuleset } from './shipped.js';
import { at, actor } from './drive.js';

const ruleset = shippedRuleset();
const blueprints = new Map(shippedBlueprints().map((b) => [b.key, b]));
const TEAMS = ['customer_service', 'engineering', 'security', 'cleaning', 'greening', 'supplier', 'quality'];

function classified(facts: Record<string, unknown>): Classification {
  const result = classify(ruleset, facts);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.code).join(', '));
  return result.classification;
}

describe('the default ruleset', () => {
  it('compiles and declares every fact its rules read, bilingually', () => {
    expect(ruleset.key).toBe('default');
    expect(compileRuleset(ruleset).ok).toBe(true);
    const declared = new Set(ruleset.facts?.map((f) => f.name));
    const read = JSON.stringify([ruleset.rules, ruleset.conditions]).match(/"fact":"[^"]+"/g)?.map((m) => m.slice(8, -1)) ?? [];
    for (const fact of read) expect(declared, fact).toContain(fact);
    for (const f of ruleset.facts ?? []) expect(f.label['zh-CN']).toBeTruthy();
  });

  it('gives every team it routes to, and every event and role of the shipped blueprints, words in both languages', () => {
    expect(missingLabels([...blueprints.values()], ruleset)).toEqual([]);
    expect(Object.keys(ruleset.teams ?? {}).sort()).toEqual([...TEAMS].sort());
    for (const label of Object.values(ruleset.teams ?? {})) expect(label['zh-CN']).toMatch(/\p{Script=Han}/u);
  });

  it('routes only to blueprints that ship, with step ids they have, and teams the site has', () => {
    const decisions = [ruleset.defaults, ...ruleset.rules.map((r) => r.decide)];
    for (const d of decisions) {
      if (d.blueprint) expect([...blueprints.keys()]).toContain(d.blueprint);
      if (d.team) expect(TEAMS).toContain(d.team);
    }
    for (const rule of ruleset.rules)
      for (const stepId of Object.keys(rule.decide.timeStandards ?? {}))
        expect(blueprints.get('common-area-cleaning')?.steps.map((s) => s.id), rule.id).toContain(stepId);
    for (const key of blueprints.keys()) expect(compile(blueprints.get(key)).ok).toBe(true);
  });

  it('holds at least forty realistic requests, and forty more said on the phone with no fact set', () => {
    expect(REQUESTS.length).toBeGreaterThanOrEqual(80);
    const spoken = REQUESTS.filter((r) => Object.keys(r.facts).every((f) => f === 'channel'));
    expect(spoken.length).toBeGreaterThanOrEqual(40);
    expect(new Set(spoken.map((r) => r.expect.blueprint)).size).toBeGreaterThanOrEqual(8);
  });

  it('writes each keyword list once, in a shared condition the rules name', () => {
    const lists = JSON.stringify(ruleset.rules).match(/"operator":"textContainsAny"/g) ?? [];
    expect(lists).toHaveLength(0);
    const counted = new Map<string, number>();
    for (const c of Object.values(ruleset.conditions ?? {}))
      for (const m of JSON.stringify(c.condition).match(/"value":\[[^\]]*\]/g) ?? []) counted.set(m, (counted.get(m) ?? 0) + 1);
    for (const [list, n] of counted) expect(n, list).toBe(1);
    const compiled = compileRuleset(ruleset);
    expect(compiled.ok && compiled.diagnostics).toEqual([]);
  });

  it('takes a leak through a flat ceiling for an in-home repair, and an emergency once water is flowing', () => {
    const description = '3栋1202天花板漏水，水一直往下滴';
    const said = classified({ description });
    expect({ class: said.class, blueprint: said.blueprint }).toEqual({ class: 'special', blueprint: 'in-home-repair' });
    expect(suggestFacts(ruleset, { description })).toEqual(
      expect.arrayContaining([expect.objectContaining({ fact: 'type', value: 'repair' }), expect.objectContaining({ fact: 'inHome', value: true })]),
    );
    const [question] = decidingQuestions(ruleset, { description });
    expect(question).toMatchObject({ fact: 'waterFlowing', label: { 'zh-CN': '正在跑水' }, ifYes: { class: 'emergency', blueprint: 'water-leak' }, ifNo: { class: 'special', blueprint: 'in-home-repair' } });
    const flowing = classified({ description, waterFlowing: true });
    expect({ class: flowing.class, blueprint: flowing.blueprint }).toEqual({ class: 'emergency', blueprint: 'water-leak' });
    // The desk's "no" stands: the words do not make it in-home once the desk said it is not.
    expect(classified({ description, inHome: false }).blueprint).toBe('shared-repair');
  });

  it('asks nothing of a request whose answer would not change where it goes', () => {
    expect(decidingQuestions(ruleset, { description: '大门口很脏' })).toEqual([]);
    expect(decidingQuestions(ruleset, { description: '请问物业费怎么交' })).toEqual([]);
    expect(decidingQuestions(ruleset, { description: '电梯有异响但没困人' }).map((q) => q.fact)).toEqual(['peopleTrapped']);
    expect(suggestFacts(ruleset, { description: '电梯有异响但没困人' })).toEqual(expect.arrayContaining([expect.objectContaining({ fact: 'peopleTrapped', value: false })]));
  });

  describe.each(['zh', 'en'] as const)('with the description in %s', (language) => {
    it.each(REQUESTS.map((r) => [r.name, r] as const))('classifies: %s', (_name, request) => {
      const c = classified({ ...request.facts, description: request[language] });
      expect({ class: c.class, blueprint: c.blueprint, team: c.team }).toEqual({
        class: request.expect.class,
        blueprint: request.expect.blueprint,
        team: request.expect.team,
      });
      if (request.expect.priority) expect(c.priority).toBe(request.expect.priority);
      if (request.expect.clean) expect(c.timeStandards).toEqual({ clean: request.expect.clean });
    });
  });

  it('overrides time standards only for requests it routes to common-area cleaning', () => {
    for (const request of REQUESTS)
      for (const language of ['zh', 'en'] as const) {
        const c = classified({ ...request.facts, description: request[language] });
        if (Object.keys(c.timeStandards).length > 0) expect(c.blueprint, `${request.name} (${language})`).toBe('common-area-cleaning');
      }
  });

  it('gives a keyword-only cleaning request the time limit of its location', () => {
    for (const [location, limit] of [['main_gate', 'PT5M'], ['lobby', 'PT1H'], ['car_park', 'PT3H'], ['fire_stairs', 'P1D']] as const) {
      const c = classified({ location, description: '这里很脏，请来打扫' });
      expect(c.blueprint).toBe('common-area-cleaning');
      expect(c.timeStandards, location).toEqual({ clean: limit });
    }
  });

  it('empties bins on the three daily rounds, and within an hour once two-thirds full', () => {
    expect(classified({ type: 'cleaning', location: 'bins', binTwoThirdsFull: true }).timeStandards).toEqual({ clean: 'PT1H' });
    expect(classified({ type: 'cleaning', location: 'bins', binTwoThirdsFull: false, description: '垃圾桶满了' }).timeStandards).toEqual({ clean: 'PT12H' });
    expect(classified({ type: 'cleaning', location: 'bins' }).timeStandards).toEqual({ clean: 'PT12H' });
  });

  it('never makes a drip an emergency', () => {
    for (const description of ['水龙头漏水', '厨房水龙头漏水，一直在滴', 'tap leaking', 'The bathroom tap is dripping'])
      for (const inHome of [true, false]) expect(classified({ type: 'repair', inHome, description }).class, description).not.toBe('emergency');
  });

  it('ranks members and important customers at least one level above ordinary ones', () => {
    const rank = ['low', 'normal', 'high', 'urgent'];
    for (const request of REQUESTS) {
      const ordinary = classified({ ...request.facts, customerSegment: 'ordinary', description: request.zh });
      for (const customerSegment of ['member', 'important']) {
        const c = classified({ ...request.facts, customerSegment, description: request.zh });
        expect(rank.indexOf(c.priority), `${request.name} (${customerSegment})`).toBeGreaterThanOrEqual(Math.min(rank.indexOf(ordinary.priority) + 1, rank.indexOf('urgent')));
      }
    }
  });

  it('writes time limits in words, not ISO codes, and names each blueprint rule after its blueprint', () => {
    const texts = ruleset.rules.flatMap((r) => [r.name, ...(r.description ? [r.description] : [])]);
    for (const text of texts) for (const value of Object.values(text)) expect(value).not.toMatch(/\bP(T?\d|\d)/);
    for (const rule of ruleset.rules) {
      const blueprint = blueprints.get(rule.id);
      if (blueprint) expect(rule.name, rule.id).toEqual(blueprint.name);
    }
    expect(JSON.stringify(ruleset)).not.toContain('户外');
  });

  it('lets a location override the cleaning time standard of a real ticket', () => {
    const c = classified({ type: 'cleaning', location: 'main_gate', description: '大门口有垃圾' });
    const compiled = compiledOf(blueprints.get(c.blueprint)!);
    const opened = start(compiled, { location: 'main_gate' }, actor('frontdesk'), at(0), { team: c.team, timeStandards: c.timeStandards });
    if (!opened.ok) throw new Error(opened.rejection.code);
    expect(opened.ticket.timeStandards).toEqual({ clean: 'PT5M' });
    const recorded = step(compiled, opened.ticket, { type: 'RECORDED', data: { location: '正门', description: '大门口有垃圾' } }, actor('frontdesk'), at(1));
    if (!recorded.ok) throw new Error(recorded.rejection.code);
    expect(recorded.ticket.state).toBe('clean');
    const breach = recorded.ticket.timers.find((t) => t.stepId === 'clean' && t.kind === 'breach');
    expect(breach?.due).toBe(at(6));
  });

  it('explains an emergency that beats a paid in-home request', () => {
    const c = classified({ type: 'repair', inHome: true, paidService: true, waterFlowing: true });
    expect(c.class).toBe('emergency');
    expect(c.explanation.decidedBy.blueprint).toBe('water-leak');
    expect(c.explanation.rules.filter((r) => r.fired).map((r) => r.id)).toEqual(expect.arrayContaining(['water-leak', 'special-service']));
  });
});
