/**
 * Import of an OWASP Threat Dragon v2 model of one of our scenarios (exported from here, edited in
 * Threat Dragon) as a dojo-threat-model/1 model that can be graded.
 *
 * - The file must be one Threat Dragon would open (threat-dragon-validate.ts), of this scenario
 *   when its diagram says which (our export writes "(scenario ID)" in the description).
 * - Each cell is matched to an element or flow of the scenario's diagram: by ID first (the IDs our
 *   export derives from the scenario, or the element ID itself), then by name (case, spaces and
 *   line breaks aside; only a name no other element of that sort has), and a flow by its two ends
 *   when exactly one of our flows joins the elements they matched. Boundaries and text are not
 *   elements.
 * - Each threat of a matched cell is read by threat-dragon-threat.ts; one whose STRIDE category
 *   does not apply to its element's kind is left out, with the reason.
 * Everything left out is reported. The import is refused, with one sentence, when nothing can be
 * imported, so the caller's current work is never replaced by an empty model. Pure.
 */
import { THREAT_MODEL_FORMAT, type Diagram, type Threat, type ThreatModel } from '../content/schemas';
import type { Result } from '../result';
import { elementIndex, kindName, modelElements, strideApplies, type ModelElement } from './elements';
import { checkThreatModelValue, readImportJson } from './format';
import { stableUuid } from './ids';
import { validateThreatDragon } from './threat-dragon-validate';
import { readThreat, type TdThreatLike } from './threat-dragon-threat';

export interface TdImportScenario {
  id: string;
  diagram: Diagram;
}

export interface TdCellMatch {
  /** The cell's name in the file (or its ID when it has none). */
  cell: string;
  element: string;
  by: 'ID' | 'name' | 'ends';
  threats: number;
}

export interface TdImportSummary {
  matched: TdCellMatch[];
  /** Cells that are elements or flows in Threat Dragon but match none of ours. */
  unmatchedCells: { cell: string; type: string; threats: number }[];
  /** Threats not imported, with why. */
  skippedThreats: { title: string; cell: string; reason: string }[];
  /** Notes on threats imported with a change (a technique left out, a rating from the severity). */
  adjusted: { title: string; cell: string; note: string }[];
}

export type TdImportResult = Result<{ model: ThreatModel; summary: TdImportSummary }>;

type Cell = {
  id: string;
  shape: string;
  source?: { cell?: string };
  target?: { cell?: string };
  data?: { type: string; name?: string; threats?: TdThreatLike[] };
};

const ELEMENT_SHAPES = new Set(['actor', 'process', 'store', 'flow']);
const normal = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const nameOf = (c: Cell) => c.data?.name?.replace(/\s+/g, ' ').trim() || c.id;
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

export function importThreatDragonText(text: string, scenario: TdImportScenario): TdImportResult {
  const raw = readImportJson(text);
  return raw.ok ? importThreatDragonValue(raw.value, scenario) : raw;
}

export function importThreatDragonValue(raw: unknown, scenario: TdImportScenario): TdImportResult {
  if (raw && typeof raw === 'object' && (raw as { format?: unknown }).format === THREAT_MODEL_FORMAT)
    return {
      ok: false,
      error: `The file is a ${THREAT_MODEL_FORMAT} threat model, not a Threat Dragon one: import it as a threat model.`,
    };
  const errors = validateThreatDragon(raw);
  if (errors.length)
    return {
      ok: false,
      error: `The file is not a Threat Dragon v2 model that Threat Dragon would open: ${errors[0]}${errors.length > 1 ? ` (and ${plural(errors.length - 1, 'other problem')})` : ''}.`,
    };
  const diagrams = (raw as { detail: { diagrams: { description?: string; cells?: Cell[] }[] } }).detail.diagrams;
  for (const d of diagrams) {
    const named = /\(scenario ([a-z0-9-]+)\)/.exec(d.description ?? '')?.[1];
    if (named && named !== scenario.id)
      return {
        ok: false,
        error: `The file is a Threat Dragon model of the scenario "${named}", not of "${scenario.id}".`,
      };
  }
  const cells = diagrams.flatMap((d) => d.cells ?? []);
  return assemble(cells, scenario);
}

/** Cell → element, in the order of the rules above. */
function matchCells(
  cells: Cell[],
  scenario: TdImportScenario,
): Map<Cell, { element: ModelElement; by: TdCellMatch['by'] }> {
  const elements = modelElements(scenario.diagram);
  const byId = new Map<string, ModelElement>();
  for (const e of elements) {
    byId.set(e.id, e);
    byId.set(stableUuid(`${scenario.id}/cell/${e.id}`), e);
  }
  const isFlow = (c: Cell) => c.shape === 'flow';
  const sameSort = (c: Cell, e: ModelElement) => isFlow(c) === (e.kind === 'data-flow');
  const uniqueByName = (c: Cell) => {
    const found = elements.filter((e) => sameSort(c, e) && normal(e.label) === normal(c.data?.name ?? ''));
    return found.length === 1 ? found[0] : undefined;
  };
  const matches = new Map<Cell, { element: ModelElement; by: TdCellMatch['by'] }>();
  for (const c of cells) {
    const e = byId.get(c.id);
    if (e && sameSort(c, e)) matches.set(c, { element: e, by: 'ID' });
    else {
      const n = uniqueByName(c);
      if (n) matches.set(c, { element: n, by: 'name' });
    }
  }
  const cellById = new Map(cells.map((c) => [c.id, c]));
  for (const c of cells.filter((x) => isFlow(x) && !matches.has(x))) {
    const endOf = (ref?: { cell?: string }) => {
      const end = cellById.get(ref?.cell ?? '');
      return end ? matches.get(end)?.element.id : undefined;
    };
    const [from, to] = [endOf(c.source), endOf(c.target)];
    const joining = scenario.diagram.flows.filter((f) => f.from === from && f.to === to);
    if (from && to && joining.length === 1) matches.set(c, { element: byId.get(joining[0].id)!, by: 'ends' });
  }
  return matches;
}

function assemble(cells: Cell[], scenario: TdImportScenario): TdImportResult {
  const matches = matchCells(cells, scenario);
  const summary: TdImportSummary = { matched: [], unmatchedCells: [], skippedThreats: [], adjusted: [] };
  const threats: Threat[] = [];
  for (const c of cells) {
    const listed = c.data?.threats ?? [];
    const match = matches.get(c);
    if (!match) {
      if (ELEMENT_SHAPES.has(c.shape) || listed.length)
        summary.unmatchedCells.push({ cell: nameOf(c), type: c.data?.type ?? c.shape, threats: listed.length });
      for (const t of listed)
        summary.skippedThreats.push({
          title: String(t.title ?? ''),
          cell: nameOf(c),
          reason: 'its cell matches no element of this scenario',
        });
      continue;
    }
    const { element, by } = match;
    let imported = 0;
    for (const t of listed) {
      const r = readThreat(t);
      const title = String(t.title ?? '');
      if (!r.ok) {
        summary.skippedThreats.push({ title, cell: nameOf(c), reason: r.reason });
        continue;
      }
      if (!strideApplies(element.kind, r.threat.stride)) {
        summary.skippedThreats.push({
          title,
          cell: nameOf(c),
          reason: `${r.threat.stride} does not apply to ${withArticle(kindName(element.kind).toLowerCase())} (STRIDE per element)`,
        });
        continue;
      }
      threats.push({ element: element.id, ...r.threat });
      for (const note of r.notes) summary.adjusted.push({ title, cell: nameOf(c), note });
      imported++;
    }
    summary.matched.push({ cell: nameOf(c), element: element.id, by, threats: imported });
  }
  if (summary.matched.length === 0)
    return { ok: false, error: 'No cell of the file matches an element or flow of this scenario, by ID or by name.' };
  if (threats.length === 0)
    return {
      ok: false,
      error: `None of the file's threats could be imported (${plural(summary.skippedThreats.length, 'threat')} left out): there is nothing to grade.`,
    };
  if (threats.length > 500)
    return { ok: false, error: `The file has ${threats.length} threats to import; a threat model holds at most 500.` };
  const checked = checkThreatModelValue(
    { format: THREAT_MODEL_FORMAT, scenario: scenario.id, threats },
    scenario.id,
    scenario.diagram,
  );
  if (!checked.ok) return checked;
  return { ok: true, value: { model: checked.value, summary } };
}

/** The summary in sentences, for the builder and the command line. */
export function describeTdImport(summary: TdImportSummary, diagram: Diagram): string[] {
  const labels = elementIndex(diagram);
  const label = (id: string) => labels.get(id)?.label ?? id;
  const lines = summary.matched.map(
    (m) => `Cell "${m.cell}" matched ${label(m.element)} by ${m.by}: ${plural(m.threats, 'threat')} imported.`,
  );
  for (const u of summary.unmatchedCells)
    lines.push(
      `Cell "${u.cell}" (${u.type}) matches no element of this scenario${u.threats ? `; ${u.threats === 1 ? 'its threat was' : `its ${u.threats} threats were`} not imported` : ''}.`,
    );
  for (const s of summary.skippedThreats)
    if (s.reason !== 'its cell matches no element of this scenario')
      lines.push(`Threat "${s.title}" on "${s.cell}" was not imported: ${s.reason}.`);
  for (const a of summary.adjusted) lines.push(`Threat "${a.title}" on "${a.cell}": ${a.note}.`);
  return lines;
}
