/**
 * Threat-model grading speed against issue 12's budget: a 200-threat model graded in ≤ 50 ms in
 * Node (median of repeated runs after a warm-up), against the largest reference, with its diagram.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContentOrThrow } from '../src/lib/content/load-from-disk';
import { scoreThreatModel } from '../src/lib/threat-model/score';
import type { Threat } from '../src/lib/content/schemas';
import { STRIDE_BY_KIND } from '../src/lib/frameworks/ids';

const root = resolve(fileURLToPath(import.meta.url), '../..');

export default async function bench(): Promise<boolean> {
  const content = loadContentOrThrow(root);
  const refs = content.threatModels.map((m) => m.data).sort((a, b) => b.threats.length - a.threats.length);
  const reference = refs[0]!;
  const scenario = content.scenarios.find((s) => s.data.id === reference.scenario)!.data;
  const places = [
    ...scenario.diagram.elements.map((e) => ({ id: e.id, kind: e.kind })),
    ...scenario.diagram.flows.map((f) => ({ id: f.id, kind: 'data-flow' as const })),
  ];
  const ids = content.techniques.map((t) => t.data.id);
  // 200 varied threats: every place, its allowed categories, rotating techniques and ratings.
  const threats: Threat[] = Array.from({ length: 200 }, (_, i) => {
    const place = places[i % places.length]!;
    const strides = STRIDE_BY_KIND[place.kind];
    return {
      element: place.id,
      stride: strides[i % strides.length]!,
      atlas: [ids[i % ids.length]!, ids[(i * 7) % ids.length]!],
      owasp: [],
      title: `Threat ${i} against ${place.id}`,
      likelihood: (i % 5) + 1,
      impact: ((i * 3) % 5) + 1,
      mitigations: ['AML.M0004'],
    };
  });
  const model = { format: 'dojo-threat-model/1' as const, scenario: reference.scenario, threats };
  const run = () => scoreThreatModel(model, reference, { diagram: scenario.diagram });
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[15]!;
  const pass = ms <= 50;
  console.log(
    `grading a 200-threat model against ${reference.scenario} (${reference.threats.length} reference threats): ${ms.toFixed(1)} ms median (budget 50 ms) ${pass ? 'ok' : 'OVER BUDGET'}`,
  );
  return pass;
}
