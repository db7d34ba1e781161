/**
 * Threat-model commands: `dojo reference SCENARIO` prints a scenario's reference threat model in
 * the exchange format dojo-threat-model/1; `dojo grade-model FILE` scores a learner's model
 * against its scenario's reference (a table, or the full report with --json). The helpers are
 * shared with `dojo export` and `dojo import` (exchange.ts).
 */
import type { Command } from 'commander';
import { INPUT_LIMITS, readTextFile } from '../files';
import { loadContent } from '../../lib/content/load-from-disk';
import { printTable } from '../output';
import { checkThreatModelValue, parseThreatModelText, serializeThreatModel } from '../../lib/threat-model/format';
import { scoreThreatModel } from '../../lib/threat-model/score';
import type { Scenario } from '../../lib/content/schemas';
import { parseStrictJson } from '../../lib/json/strict-parse';
import { calibrateModels, type GradedModelResult } from '../../lib/threat-model/calibration';
import { join } from 'node:path';

export function fail(message: string): never {
  process.stderr.write(`dojo: ${message}\n`);
  process.exit(1);
}

export function scenarioAndReference(root: string, id: string) {
  const { content } = loadContent(root);
  const scenario = content.scenarios.find((s) => s.data.id === id)?.data;
  if (!scenario) {
    const known = content.scenarios
      .map((s) => s.data.id)
      .sort()
      .join(', ');
    fail(`no scenario "${id}" (known: ${known})`);
  }
  const reference = content.threatModels.find((m) => m.data.scenario === id)?.data;
  if (!reference) fail(`scenario "${id}" has no reference threat model`);
  const names = new Map<string, string>([
    ...content.techniques.map((t) => [t.data.id, t.data.name] as [string, string]),
    ...content.mitigations.map((m) => [m.data.id, m.data.name] as [string, string]),
  ]);
  return { scenario, reference, names };
}

/** What the grader needs of a scenario: its diagram for placement, and display names for the feedback. */
export function gradingOptions(scenario: Scenario, names: ReadonlyMap<string, string>) {
  const labels = new Map([
    ...scenario.diagram.elements.map((e) => [e.id, e.label] as [string, string]),
    ...scenario.diagram.flows.map((f) => [f.id, f.label] as [string, string]),
  ]);
  return { diagram: scenario.diagram, labels, names };
}

/**
 * A dojo-threat-model/1 file with the scenario it names, checked against that scenario's diagram;
 * exits with one line on any problem. Format, version and shape are checked first, so a newer or
 * malformed file says so before anything else.
 */
export function readModelFile(root: string, file: string) {
  let text: string;
  try {
    text = readTextFile(file, INPUT_LIMITS.threatModel);
  } catch (e) {
    fail((e as Error).message);
  }
  let scenarioId = '';
  try {
    const s = (parseStrictJson(text) as { scenario?: unknown } | null)?.scenario;
    if (typeof s === 'string') scenarioId = s;
  } catch {
    // parseThreatModelText below reports the syntax error or the duplicate key.
  }
  const pre = parseThreatModelText(text, scenarioId);
  if (!pre.ok) fail(`${file}: ${pre.error}`);
  const { scenario, reference, names } = scenarioAndReference(root, scenarioId);
  const parsed = parseThreatModelText(text, scenario.id, scenario.diagram);
  if (!parsed.ok) fail(`${file}: ${parsed.error}`);
  return { scenario, reference, names, model: parsed.value };
}

/** A score report: the full JSON with --json, else the components and each reference threat's status. */
export function printGrade(scenario: Scenario, report: ReturnType<typeof scoreThreatModel>, json?: boolean) {
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${scenario.title}: ${report.overall}/100\n\n`);
  printTable(
    report.components.map((c) => ({
      component: c.label,
      points: Math.round(c.points * 10) / 10,
      max: c.max,
      why: c.explanation,
    })),
    ['component', 'points', 'max', 'why'],
  );
  process.stdout.write('\n');
  printTable(
    report.references.map((r) => ({
      status: r.status,
      element: r.reference.element,
      stride: r.reference.stride,
      points: `${Math.round(r.coveragePoints * 10) / 10}/${Math.round(r.coverageMax * 10) / 10}`,
      threat: r.reference.title,
    })),
    ['status', 'element', 'stride', 'points', 'threat'],
  );
  for (const n of report.notes) process.stdout.write(`\n${n}\n`);
}

export function register(program: Command, root: string) {
  program
    .command('reference')
    .description('print the reference threat model of a scenario (dojo-threat-model/1)')
    .argument('<scenario>', 'scenario ID, e.g. image-classifier')
    .action((id: string) => {
      const { reference } = scenarioAndReference(root, id);
      // The exchange format only: the acceptable extras are the grader's, not part of a model.
      const { format, scenario, threats } = reference;
      process.stdout.write(serializeThreatModel({ format, scenario, threats }));
    });

  program
    .command('grade-model')
    .description("score a threat model file against its scenario's reference")
    .argument('<file>', 'a dojo-threat-model/1 JSON file')
    .option('--json', 'print the full score report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const { scenario, reference, names, model } = readModelFile(root, file);
      printGrade(scenario, scoreThreatModel(model, reference, gradingOptions(scenario, names)), opts.json);
    });

  program
    .command('calibrate-models')
    .description('how well the grader agrees with a folder of graded threat models (grades.jsonl + model files)')
    .argument('<dir>', 'e.g. tests/calibration/threat-models/graded')
    .option('--json', 'print the figures as JSON')
    .action((dir: string, opts: { json?: boolean }) => {
      const results = gradeFolder(root, dir);
      const c = calibrateModels(results);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...c, results }, null, 2)}\n`);
        return;
      }
      const f = (x: number | null) => (x === null ? 'undefined' : x.toFixed(3));
      process.stdout.write(`overall: Spearman rho ${f(c.rho)} over ${c.n} models\n`);
      for (const p of c.perScenario) process.stdout.write(`  ${p.scenario}: rho ${f(p.rho)} (n = ${p.n})\n`);
      for (const g of c.granularityRatio) {
        process.stdout.write(`other granularity / excellent, ${g.scenario}: ${g.ratio.toFixed(2)}\n`);
      }
      for (const g of c.gamedNotBelowJunior) {
        process.stdout.write(
          `gamed model not below the junior one: ${g.file} scores ${g.score} (junior ${g.junior})\n`,
        );
      }
      process.stdout.write('\n');
      printTable(
        [...results]
          .sort((a, b) => (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : b.grade - a.grade))
          .map((r) => ({ scenario: r.scenario, style: r.style, grade: r.grade, score: r.score })),
        ['scenario', 'style', 'grade', 'score'],
      );
    });
}

/**
 * A graded sample may name more IDs per threat than the builder lets a learner enter (20 ATLAS,
 * 20 OWASP, 40 mitigations): it is graded as the builder would have taken it, with each list cut
 * at that limit, rather than refused.
 */
function withinListLimits(raw: { threats?: unknown }): unknown {
  if (!Array.isArray(raw.threats)) return raw;
  const cut = (v: unknown, n: number) => (Array.isArray(v) ? v.slice(0, n) : v);
  return {
    ...raw,
    threats: raw.threats.map((t: Record<string, unknown>) =>
      t && typeof t === 'object'
        ? { ...t, atlas: cut(t.atlas, 20), owasp: cut(t.owasp, 20), mitigations: cut(t.mitigations, 40) }
        : t,
    ),
  };
}

/** Grades every model listed in DIR/grades.jsonl against its scenario's reference. */
function gradeFolder(root: string, dir: string): GradedModelResult[] {
  let lines: string[];
  try {
    lines = readTextFile(join(dir, 'grades.jsonl'), INPUT_LIMITS.jsonLines)
      .split('\n')
      .filter((l) => l.trim());
  } catch (e) {
    fail((e as Error).message);
  }
  return lines.map((line, i) => {
    let g: { file?: unknown; style?: unknown; grade?: unknown };
    try {
      g = parseStrictJson(line) as typeof g;
    } catch (e) {
      fail(`${dir}/grades.jsonl line ${i + 1}: ${(e as Error).message}`);
    }
    if (typeof g.file !== 'string' || typeof g.grade !== 'number') {
      fail(`${dir}/grades.jsonl line ${i + 1}: needs "file" and a numeric "grade"`);
    }
    const file = join(dir, g.file);
    let text: string;
    try {
      text = readTextFile(file, INPUT_LIMITS.threatModel);
    } catch (e) {
      fail((e as Error).message);
    }
    const raw = parseStrictJson(text) as { scenario?: unknown; threats?: unknown };
    const { scenario, reference, names } = scenarioAndReference(root, String(raw.scenario ?? ''));
    const parsed = checkThreatModelValue(withinListLimits(raw), scenario.id, scenario.diagram);
    if (!parsed.ok) fail(`${file}: ${parsed.error}`);
    const score = scoreThreatModel(parsed.value, reference, gradingOptions(scenario, names)).overall;
    return { file: g.file, scenario: scenario.id, style: String(g.style ?? ''), grade: g.grade, score };
  });
}
