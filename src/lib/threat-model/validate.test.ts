import { describe, expect, it } from 'vitest';
import type { Diagram, Threat } from '../content/schemas';
import { checkModelAgainstDiagram } from './validate';

const diagram: Diagram = {
  elements: [
    { id: 'users', kind: 'external-entity', label: 'Users', description: 'People.', x: 10, y: 10 },
    { id: 'api', kind: 'process', label: 'API', description: 'Serves.', x: 200, y: 10 },
    { id: 'db', kind: 'data-store', label: 'Feature store', description: 'Features.', x: 400, y: 10 },
  ],
  flows: [{ id: 'request', from: 'users', to: 'api', label: 'Request' }],
  boundaries: [],
};

const threat = (element: string, stride: Threat['stride']): Threat => ({
  element,
  stride,
  atlas: [],
  owasp: [],
  title: 't',
  likelihood: 1,
  impact: 1,
  mitigations: [],
});
const check = (threats: Threat[]) => checkModelAgainstDiagram({ threats }, diagram);

describe('checkModelAgainstDiagram', () => {
  it('accepts an empty model', () => {
    expect(check([])).toEqual([]);
  });

  it('accepts every category a kind can have, on nodes and on flows', () => {
    expect(
      check([
        threat('users', 'Spoofing'),
        threat('users', 'Repudiation'),
        threat('api', 'Elevation of privilege'),
        threat('db', 'Denial of service'),
        threat('request', 'Information disclosure'),
      ]),
    ).toEqual([]);
  });

  it('refuses an unknown element with its one-based position, and checks nothing else about it', () => {
    expect(check([threat('api', 'Tampering'), threat('ghost', 'Spoofing')])).toEqual([
      {
        index: 1,
        field: 'element',
        message: 'threat 2 names "ghost", which is not an element or flow of this diagram',
      },
    ]);
  });

  it.each<[string, Threat['stride'], string]>([
    [
      'users',
      'Tampering',
      'threat 1 puts Tampering on "Users", but an external entity can only have Spoofing, Repudiation',
    ],
    [
      'db',
      'Spoofing',
      'threat 1 puts Spoofing on "Feature store", but a data store can only have Tampering, Repudiation, Information disclosure, Denial of service',
    ],
    [
      'request',
      'Repudiation',
      'threat 1 puts Repudiation on "Request", but a data flow can only have Tampering, Information disclosure, Denial of service',
    ],
  ])('refuses %s × %s, a category its kind cannot have', (element, stride, message) => {
    expect(check([threat(element, stride)])).toEqual([{ index: 0, field: 'stride', message }]);
  });

  it('reports every problem in model order', () => {
    const problems = check([
      threat('request', 'Spoofing'),
      threat('api', 'Spoofing'),
      threat('nowhere', 'Tampering'),
      threat('users', 'Elevation of privilege'),
    ]);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, 'stride'],
      [2, 'element'],
      [3, 'stride'],
    ]);
  });

  it('matches element IDs exactly (case and space matter)', () => {
    expect(check([threat('API', 'Tampering'), threat(' api', 'Tampering')]).map((p) => p.field)).toEqual([
      'element',
      'element',
    ]);
  });
});
