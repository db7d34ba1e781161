/**
 * Converting threat models on the site's own cores (docs/ARCHITECTURE.md, "The command-line
 * contract"):
 * - `dojo export FILE --to threat-dragon|navigator` writes a dojo-threat-model/1 file as an OWASP
 *   Threat Dragon v2 model or as a layer for the ATLAS Navigator, checked as the builder checks
 *   them before a download;
 * - `dojo import FILE --scenario ID` reads a Threat Dragon v2 model of a scenario and prints it as
 *   dojo-threat-model/1 (pipe it to `dojo grade-model /dev/stdin`, or add --grade), with what
 *   matched and what was left out on stderr.
 * Output goes to stdout, or to --out PATH.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { INPUT_LIMITS, readTextFile } from '../files';
import { loadContent } from '../../lib/content/load-from-disk';
import { serializeThreatModel } from '../../lib/threat-model/format';
import { ATLAS_NAVIGATOR_HOW_TO, toNavigatorLayer, type TechniqueInfo } from '../../lib/threat-model/navigator';
import { validateNavigatorLayer } from '../../lib/threat-model/navigator-validate';
import { toThreatDragon } from '../../lib/threat-model/threat-dragon';
import { validateThreatDragon } from '../../lib/threat-model/threat-dragon-validate';
import { describeTdImport, importThreatDragonText } from '../../lib/threat-model/threat-dragon-import';
import { scoreThreatModel } from '../../lib/threat-model/score';
import { fail, gradingOptions, printGrade, readModelFile, scenarioAndReference } from './threat-model';

const TARGETS = ['threat-dragon', 'navigator'] as const;
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function output(text: string, out?: string) {
  if (!out) return void process.stdout.write(text);
  try {
    writeFileSync(out, text);
  } catch (e) {
    fail(`could not write ${out}: ${(e as Error).message}`);
  }
}

export function register(program: Command, root: string) {
  program
    .command('export')
    .description('convert a dojo-threat-model/1 file for OWASP Threat Dragon or the ATLAS Navigator')
    .argument('<file>', 'a dojo-threat-model/1 JSON file')
    .requiredOption('--to <target>', `one of ${TARGETS.join(', ')}`)
    .option('--out <path>', 'write the result to this file instead of stdout')
    .action((file: string, opts: { to: string; out?: string }) => {
      if (!(TARGETS as readonly string[]).includes(opts.to))
        fail(`unknown export target "${opts.to}"; use one of ${TARGETS.join(', ')}`);
      const { scenario, names, model } = readModelFile(root, file);
      if (opts.to === 'threat-dragon') {
        const td = toThreatDragon(model, scenario, names);
        const errors = validateThreatDragon(td);
        if (errors.length) fail(`the Threat Dragon export failed its check: ${errors[0]}`);
        return output(json(td), opts.out);
      }
      const { content } = loadContent(root);
      const catalogue = new Map<string, TechniqueInfo>(content.techniques.map((t) => [t.data.id, t.data]));
      const layer = toNavigatorLayer(model, scenario.title, catalogue);
      const errors = validateNavigatorLayer(layer);
      if (errors.length) fail(`the ATLAS Navigator layer failed its check: ${errors[0]}`);
      output(json(layer), opts.out);
      process.stderr.write(`A layer for the ATLAS Navigator (layer format 4.3). ${ATLAS_NAVIGATOR_HOW_TO}\n`);
    });

  program
    .command('import')
    .description('read an OWASP Threat Dragon v2 model of a scenario as dojo-threat-model/1')
    .argument('<file>', 'a Threat Dragon v2 JSON file')
    .requiredOption('--scenario <id>', 'the scenario it models, e.g. image-classifier')
    .option('--out <path>', 'write the model to this file instead of stdout')
    .option('--grade', "print the model's score against the reference instead of the model")
    .option('--json', 'with --grade: the full score report as JSON')
    .action((file: string, opts: { scenario: string; out?: string; grade?: boolean; json?: boolean }) => {
      const { scenario, reference, names } = scenarioAndReference(root, opts.scenario);
      let text: string;
      try {
        text = readTextFile(file, INPUT_LIMITS.threatModel);
      } catch (e) {
        fail((e as Error).message);
      }
      const r = importThreatDragonText(text, scenario);
      if (!r.ok) fail(`${file}: ${r.error}`);
      const { model, summary } = r.value;
      process.stderr.write(
        `Imported ${model.threats.length} threats (${summary.skippedThreats.length} left out).\n${describeTdImport(
          summary,
          scenario.diagram,
        )
          .map((l) => `  ${l}\n`)
          .join('')}`,
      );
      if (opts.grade)
        return printGrade(scenario, scoreThreatModel(model, reference, gradingOptions(scenario, names)), opts.json);
      output(serializeThreatModel(model), opts.out);
    });
}
