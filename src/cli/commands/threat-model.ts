/**
 * Threat-model commands: `dojo reference SCENARIO` prints a scenario's reference threat model in
 * the exchange format dojo-threat-model/1; `dojo grade-model FILE` scores a learner's model
 * against its scenario's reference (a table, or the full report with --json).
 */
import type { Command } from 'commander';
import { INPUT_LIMITS, readTextFile } from '../files';
import { loadContent } from '../../lib/content/load-from-disk';
import { printTable } from '../output';
import { parseThreatModelText, serializeThreatModel } from '../../lib/threat-model/format';
import { scoreThreatModel } from '../../lib/threat-model/score';
import { parseStrictJson } from '../../lib/json/strict-parse';

function fail(message: string): never {
  process.stderr.write(`dojo: ${message}\n`);
  process.exit(1);
}

function scenarioAndReference(root: string, id: string) {
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

export function register(program: Command, root: string) {
  program
    .command('reference')
    .description('print the reference threat model of a scenario (dojo-threat-model/1)')
    .argument('<scenario>', 'scenario ID, e.g. image-classifier')
    .action((id: string) => {
      const { reference } = scenarioAndReference(root, id);
      process.stdout.write(serializeThreatModel(reference));
    });

  program
    .command('grade-model')
    .description("score a threat model file against its scenario's reference")
    .argument('<file>', 'a dojo-threat-model/1 JSON file')
    .option('--json', 'print the full score report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
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
      // Format, version and shape first, so a newer or malformed file says so before anything else.
      const pre = parseThreatModelText(text, scenarioId);
      if (!pre.ok) fail(`${file}: ${pre.error}`);
      const { scenario, reference, names } = scenarioAndReference(root, scenarioId);
      const parsed = parseThreatModelText(text, scenario.id, scenario.diagram);
      if (!parsed.ok) fail(`${file}: ${parsed.error}`);
      const report = scoreThreatModel(parsed.value, reference, { names });
      if (opts.json) {
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
    });
}
