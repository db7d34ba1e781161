/**
 * Reading and writing the exchange format dojo-threat-model/1 (docs/ARCHITECTURE.md, "The
 * threat-model exchange format"). An import is
 * refused, with one clear sentence, when the file is not JSON, is not a dojo threat model, was
 * written by a newer version of the format, belongs to another scenario, does not match the
 * schema, or names elements or STRIDE categories the scenario's diagram does not have.
 * Pure: the caller decides what to do with the result (the builder keeps the current work).
 */
import { THREAT_MODEL_FORMAT, threatModelSchema, type Diagram, type ThreatModel } from '../content/schemas';
import { checkModelAgainstDiagram } from './validate';
import { parseStrictJson, StrictJsonError } from '../json/strict-parse';
import type { Result } from '../result';
import { CLASS_MAP } from './attack-classes';
import { isAtlasMitigation } from '../frameworks/atlas-links';
import { ATLAS_DATA_VERSION } from '../frameworks/ids';

/** Larger files are refused before parsing: a real model is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 2_000_000;
export const FORMAT_VERSION = 1;

/** A threat-model import's result: the model, or why it was refused (src/lib/result.ts). */
export type ImportResult = Result<ThreatModel>;

const FORMAT_RE = /^dojo-threat-model\/(\d+)$/;

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? (i === 1 ? `threat ${p + 1}` : `[${p}]`) : String(p))).join(' › ');
}

/**
 * A key given twice is refused, not resolved: JSON.parse keeps the last copy and other tools the
 * first, and a model with two "scenario" keys was once graded against the wrong one (issue 17).
 */
export function describeJsonError(e: unknown): string {
  if (e instanceof StrictJsonError && e.kind === 'duplicate-key')
    return `The file has the key ${JSON.stringify(e.key)} twice in the object at ${e.path} (line ${e.line}, column ${e.column}); each key may appear only once.`;
  if (e instanceof StrictJsonError && e.kind === 'too-deep')
    return `The file has ${e.reason} (line ${e.line}, column ${e.column}); a threat model needs only a few levels.`;
  return `The file is not valid JSON (${(e as Error).message}).`;
}

/** An imported file's text as JSON, within the size limit, or why not. Never throws. */
export function readImportJson(text: string): Result<unknown> {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: `The file is too large (${text.length} characters; at most ${MAX_IMPORT_BYTES} are read).`,
    };
  try {
    return { ok: true, value: parseStrictJson(text) };
  } catch (e) {
    return { ok: false, error: describeJsonError(e) };
  }
}

/** Parses and checks a file's text for a scenario. Never throws. */
export function parseThreatModelText(text: string, scenario: string, diagram?: Diagram): ImportResult {
  const raw = readImportJson(text);
  return raw.ok ? checkThreatModelValue(raw.value, scenario, diagram) : raw;
}

/** The same checks on an already parsed value. */
export function checkThreatModelValue(raw: unknown, scenario: string, diagram?: Diagram): ImportResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      error: 'The file is not a dojo threat model: it should be a JSON object with "format", "scenario" and "threats".',
    };
  }
  const format = (raw as { format?: unknown }).format;
  if (typeof format !== 'string') {
    return {
      ok: false,
      error: `The file is not a dojo threat model: it has no "format" field (expected "${THREAT_MODEL_FORMAT}").`,
    };
  }
  const m = FORMAT_RE.exec(format);
  if (!m) {
    return {
      ok: false,
      error: `The file is not a dojo threat model: its format is "${format}" (expected "${THREAT_MODEL_FORMAT}").`,
    };
  }
  if (Number(m[1]) > FORMAT_VERSION) {
    return {
      ok: false,
      error: `The file was saved in "${format}", a newer version than this site reads ("${THREAT_MODEL_FORMAT}"). Open it with a newer version of the site.`,
    };
  }
  const fileScenario = (raw as { scenario?: unknown }).scenario;
  if (typeof fileScenario === 'string' && fileScenario !== scenario) {
    return { ok: false, error: `The file is a threat model of the scenario "${fileScenario}", not of "${scenario}".` };
  }
  const parsed = threatModelSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `The file does not match ${THREAT_MODEL_FORMAT}: ${describePath(issue.path)}: ${issue.message}.`,
    };
  }
  const unknown = unknownIds(parsed.data);
  if (unknown) return { ok: false, error: `The file names ${unknown}.` };
  if (diagram) {
    const problems = checkModelAgainstDiagram(parsed.data, diagram);
    if (problems.length)
      return { ok: false, error: `The file does not fit this scenario's diagram: ${problems[0].message}.` };
  }
  return { ok: true, value: parsed.data };
}

/**
 * The first ATLAS technique or mitigation ID that ATLAS 5.6 does not have, described, or null.
 * The schema checks the shape (AML.T9999 looks like an ID); this checks that it exists.
 */
export function unknownIds(model: Pick<ThreatModel, 'threats'>): string | null {
  for (const [i, t] of model.threats.entries()) {
    const technique = t.atlas.find((id) => !CLASS_MAP.techniques.has(id));
    if (technique) return `"${technique}" in threat ${i + 1}, which is not an ATLAS ${ATLAS_DATA_VERSION} technique`;
    const mitigation = t.mitigations.find((id) => !isAtlasMitigation(id));
    if (mitigation) return `"${mitigation}" in threat ${i + 1}, which is not an ATLAS ${ATLAS_DATA_VERSION} mitigation`;
  }
  return null;
}

/** The exchange-format text of a model, stable and readable (two-space JSON, trailing newline). */
export function serializeThreatModel(model: ThreatModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
