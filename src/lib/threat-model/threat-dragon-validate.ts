/**
 * Our own statement of the constraints of OWASP Threat Dragon's v2 model schema
 * (td.vue/src/assets/schema/threat-dragon-v2.schema.json, Apache-2.0), plus the integrity rules
 * the app relies on but the schema cannot say (known cell types, flows that point at cells that
 * exist, unique IDs). Returns one message per problem, each with a JSON path; [] means valid.
 * The shared schema file itself is checked against our exports in tests/unit/threat-dragon-schema.test.ts.
 */
const DIAGRAM_TYPES = ['STRIDE', 'LINDDUN', 'CIA', 'DIE', 'PLOT4ai', 'Generic'];
const CELL_TYPES = ['tm.Actor', 'tm.Process', 'tm.Store', 'tm.Flow', 'tm.Boundary', 'tm.BoundaryBox', 'tm.Text'];
const THREAT_STRINGS = ['description', 'mitigation', 'severity', 'status', 'title', 'type'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

export function validateThreatDragon(doc: unknown): string[] {
  const errors: string[] = [];
  const need = (cond: boolean, path: string, msg: string) => {
    if (!cond) errors.push(`${path}: ${msg}`);
  };
  if (!isObj(doc)) return ['$: must be an object'];
  need(
    typeof doc.version === 'string' && doc.version.length <= 10,
    '$.version',
    'must be a string of at most 10 characters',
  );
  need(isObj(doc.summary) && typeof doc.summary.title === 'string', '$.summary.title', 'must be a string');
  if (isObj(doc.summary)) {
    for (const k of ['description', 'owner'] as const) {
      if (k in doc.summary) need(typeof doc.summary[k] === 'string', `$.summary.${k}`, 'must be a string');
    }
  }
  const detail = doc.detail;
  if (!isObj(detail)) return [...errors, '$.detail: must be an object'];
  need(
    Array.isArray(detail.contributors) &&
      detail.contributors.every((c) => isObj(c) && (c.name === undefined || typeof c.name === 'string')),
    '$.detail.contributors',
    'must be an array of {name}',
  );
  need(isInt(detail.diagramTop) && (detail.diagramTop as number) >= 0, '$.detail.diagramTop', 'must be an integer ≥ 0');
  need(isInt(detail.threatTop) && (detail.threatTop as number) >= 0, '$.detail.threatTop', 'must be an integer ≥ 0');
  need(typeof detail.reviewer === 'string', '$.detail.reviewer', 'must be a string');
  if (!Array.isArray(detail.diagrams)) return [...errors, '$.detail.diagrams: must be an array'];
  detail.diagrams.forEach((d, di) => validateDiagram(d, `$.detail.diagrams[${di}]`, need));
  return errors;
}

function validateDiagram(d: unknown, at: string, need: (c: boolean, p: string, m: string) => void) {
  if (!isObj(d)) return need(false, at, 'must be an object');
  need(isInt(d.id) && (d.id as number) >= 0, `${at}.id`, 'must be an integer ≥ 0');
  for (const k of ['title', 'thumbnail'] as const) need(typeof d[k] === 'string', `${at}.${k}`, 'must be a string');
  need(
    typeof d.version === 'string' && d.version.length <= 10,
    `${at}.version`,
    'must be a string of at most 10 characters',
  );
  need(
    typeof d.diagramType === 'string' && DIAGRAM_TYPES.includes(d.diagramType),
    `${at}.diagramType`,
    `must be one of ${DIAGRAM_TYPES.join(', ')}`,
  );
  if (!Array.isArray(d.cells)) return need(d.cells === undefined, `${at}.cells`, 'must be an array');
  const ids = new Set<string>();
  d.cells.forEach((c, ci) => {
    if (isObj(c) && typeof c.id === 'string') {
      need(!ids.has(c.id), `${at}.cells[${ci}].id`, `duplicate cell ID ${c.id}`);
      ids.add(c.id);
    }
  });
  d.cells.forEach((c, ci) => validateCell(c, `${at}.cells[${ci}]`, ids, need));
}

function validateCell(c: unknown, at: string, ids: Set<string>, need: (c: boolean, p: string, m: string) => void) {
  if (!isObj(c)) return need(false, at, 'must be an object');
  need(typeof c.id === 'string' && c.id.length >= 2, `${at}.id`, 'must be a string of at least 2 characters');
  need(typeof c.shape === 'string', `${at}.shape`, 'must be a string');
  need(isInt(c.zIndex), `${at}.zIndex`, 'must be an integer');
  if (c.position !== undefined)
    need(
      isObj(c.position) && typeof c.position.x === 'number' && typeof c.position.y === 'number',
      `${at}.position`,
      'must have numeric x and y',
    );
  if (c.size !== undefined) {
    need(
      isObj(c.size) &&
        typeof c.size.width === 'number' &&
        c.size.width >= 10 &&
        typeof c.size.height === 'number' &&
        c.size.height >= 10,
      `${at}.size`,
      'must have width and height ≥ 10',
    );
  }
  if (isObj(c.attrs) && c.attrs.body !== undefined) {
    const b = c.attrs.body;
    need(
      isObj(b) &&
        typeof b.stroke === 'string' &&
        typeof b.strokeWidth === 'number' &&
        'strokeDasharray' in b &&
        (b.strokeDasharray === null || typeof b.strokeDasharray === 'string'),
      `${at}.attrs.body`,
      'needs stroke, strokeWidth and strokeDasharray',
    );
  }
  if (isObj(c.attrs) && c.attrs.line !== undefined) {
    const l = c.attrs.line;
    need(
      isObj(l) &&
        (typeof l.targetMarker === 'string' || (isObj(l.targetMarker) && typeof l.targetMarker.name === 'string')),
      `${at}.attrs.line.targetMarker`,
      'is required (a string or {name})',
    );
  }
  const data = c.data;
  if (data === undefined) return;
  if (!isObj(data)) return need(false, `${at}.data`, 'must be an object');
  need(
    typeof data.type === 'string' && CELL_TYPES.includes(data.type),
    `${at}.data.type`,
    `must be one of ${CELL_TYPES.join(', ')}`,
  );
  need(typeof data.hasOpenThreats === 'boolean', `${at}.data.hasOpenThreats`, 'must be a boolean');
  for (const k of ['name', 'description', 'protocol', 'privilegeLevel', 'reasonOutOfScope'] as const) {
    if (data[k] !== undefined) need(typeof data[k] === 'string', `${at}.data.${k}`, 'must be a string');
  }
  for (const k of [
    'outOfScope',
    'isALog',
    'isEncrypted',
    'isSigned',
    'isPublicNetwork',
    'isBidirectional',
    'isTrustBoundary',
    'storesCredentials',
  ] as const) {
    if (data[k] !== undefined) need(typeof data[k] === 'boolean', `${at}.data.${k}`, 'must be a boolean');
  }
  if (data.type === 'tm.Flow') {
    for (const end of ['source', 'target'] as const) {
      const ref = c[end];
      need(
        isObj(ref) && typeof ref.cell === 'string' && ids.has(ref.cell),
        `${at}.${end}.cell`,
        'must name a cell of the diagram',
      );
    }
  }
  if (data.threats === undefined) return;
  if (!Array.isArray(data.threats)) return need(false, `${at}.data.threats`, 'must be an array');
  data.threats.forEach((t, ti) => {
    const tp = `${at}.data.threats[${ti}]`;
    if (!isObj(t)) return need(false, tp, 'must be an object');
    for (const k of THREAT_STRINGS) need(typeof t[k] === 'string', `${tp}.${k}`, 'must be a string');
    if (t.number !== undefined)
      need(isInt(t.number) && (t.number as number) >= 0, `${tp}.number`, 'must be an integer ≥ 0');
    if (t.score !== undefined) need(typeof t.score === 'string', `${tp}.score`, 'must be a string');
    if (t.threatId !== undefined)
      need(
        typeof t.threatId === 'string' && t.threatId.length >= 2,
        `${tp}.threatId`,
        'must be a string of at least 2 characters',
      );
    if (t.modelType !== undefined) need(typeof t.modelType === 'string', `${tp}.modelType`, 'must be a string');
  });
}
