import { describe, expect, it } from 'vitest';
import {
  catalogueNames,
  filterMitigations,
  mitigationFilterStatus,
  namedId,
  searchTechniques,
  techniqueLabel,
  toggled,
} from './catalogue';

// IDs and names as in src/content/techniques (ATLAS 5.6.0).
const techniques = [
  { id: 'AML.T0020', name: 'Poison Training Data', tactics: ['AML.TA0003'] },
  { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
  { id: 'AML.T0024.001', name: 'Invert AI Model', tactics: ['AML.TA0010'], parent: 'AML.T0024' },
  { id: 'AML.T0024.002', name: 'Extract AI Model', tactics: ['AML.TA0010'], parent: 'AML.T0024' },
];
const byId = new Map(techniques.map((t) => [t.id, t]));
const ids = (ts: { id: string }[]) => ts.map((t) => t.id);

describe('searchTechniques', () => {
  it('matches every word of the query against the ID, the name and the parent’s name, ignoring case', () => {
    expect(ids(searchTechniques(techniques, 'poison TRAINING'))).toEqual(['AML.T0020']);
    expect(ids(searchTechniques(techniques, 'extract'))).toEqual(['AML.T0024.002']);
    // "exfiltration" is only in the parent's name: the parent and both sub-techniques match.
    expect(ids(searchTechniques(techniques, 'exfiltration model'))).toEqual(['AML.T0024.001', 'AML.T0024.002']);
    expect(ids(searchTechniques(techniques, 'aml.t0024.00'))).toEqual(['AML.T0024.001', 'AML.T0024.002']);
  });

  it('finds the words practitioners use, after the techniques whose own name matches', () => {
    const withAliases = [
      { id: 'AML.T0005', name: 'Create Proxy AI Model', aliases: ['surrogate model', 'clone for attack planning'] },
      {
        id: 'AML.T0024.002',
        name: 'Extract AI Model',
        parent: 'AML.T0024',
        aliases: ['model stealing', 'clone the model'],
      },
      { id: 'AML.T0054', name: 'LLM Jailbreak', aliases: ['jailbreak', 'dan prompt'] },
      { id: 'AML.T0065', name: 'LLM Prompt Crafting', aliases: ['jailbreak development'] },
    ];
    expect(ids(searchTechniques(withAliases, 'model stealing'))).toEqual(['AML.T0024.002']);
    expect(ids(searchTechniques(withAliases, 'steal'))).toEqual(['AML.T0024.002']);
    expect(ids(searchTechniques(withAliases, 'clone'))).toEqual(['AML.T0005', 'AML.T0024.002']);
    // LLM Jailbreak by name first, then the technique that has the word only as an alias.
    expect(ids(searchTechniques(withAliases, 'jailbreak'))).toEqual(['AML.T0054', 'AML.T0065']);
  });

  it('keeps catalogue order and returns the objects given', () => {
    const found = searchTechniques(techniques, 'aml');
    expect(ids(found)).toEqual(ids(techniques));
    expect(found[0]).toBe(techniques[0]);
  });

  it('matches nothing for an empty or blank query, or a word no technique has', () => {
    expect(searchTechniques(techniques, '')).toEqual([]);
    expect(searchTechniques(techniques, '   \t ')).toEqual([]);
    expect(searchTechniques(techniques, 'poison quantum')).toEqual([]);
    expect(searchTechniques([], 'poison')).toEqual([]);
  });

  it('treats regular-expression characters as text', () => {
    expect(searchTechniques(techniques, '.*')).toEqual([]);
    expect(ids(searchTechniques(techniques, 'T0024.'))).toEqual(['AML.T0024.001', 'AML.T0024.002']);
  });

  it('still matches a sub-technique whose parent is not in the catalogue, by its own words', () => {
    const orphan = [{ id: 'AML.T0099.001', name: 'Orphan', parent: 'AML.T0099' }];
    expect(ids(searchTechniques(orphan, 'orphan'))).toEqual(['AML.T0099.001']);
  });
});

describe('techniqueLabel', () => {
  it('puts the parent’s name before a sub-technique’s, and nothing before a technique’s', () => {
    expect(techniqueLabel(techniques[3], byId)).toBe(
      'AML.T0024.002 Exfiltration via AI Inference API: Extract AI Model',
    );
    expect(techniqueLabel(techniques[0], byId)).toBe('AML.T0020 Poison Training Data');
    expect(techniqueLabel({ id: 'AML.T0099.001', name: 'Orphan', parent: 'AML.T0099' }, byId)).toBe(
      'AML.T0099.001 Orphan',
    );
  });
});

describe('catalogueNames', () => {
  it('looks up techniques and mitigations by ID', () => {
    const names = catalogueNames(techniques, [{ id: 'AML.M0007', name: 'Sanitize Training Data' }]);
    expect(names.get('AML.T0020')).toBe('Poison Training Data');
    expect(names.get('AML.M0007')).toBe('Sanitize Training Data');
    expect(names.size).toBe(5);
    expect(catalogueNames([], []).size).toBe(0);
  });
});

describe('toggled', () => {
  it('adds an ID once, at the end, and removes every copy', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b', 'a'], 'a', false)).toEqual(['b']);
    expect(toggled([], 'a', false)).toEqual([]);
  });
});

// IDs and names as in src/content/mitigations (ATLAS 5.6.0).
const mitigations = [
  { id: 'AML.M0000', name: 'Limit Public Release of Information' },
  { id: 'AML.M0004', name: 'Restrict Number of AI Model Queries' },
  { id: 'AML.M0007', name: 'Sanitize Training Data' },
  { id: 'AML.M0025', name: 'Maintain AI Dataset Provenance' },
];

describe('filterMitigations', () => {
  it('matches every word in the ID or the name, case-insensitively and in catalogue order', () => {
    expect(ids(filterMitigations(mitigations, 'SANITIZE', []).matches)).toEqual(['AML.M0007']);
    expect(ids(filterMitigations(mitigations, 'm0007', []).matches)).toEqual(['AML.M0007']);
    expect(ids(filterMitigations(mitigations, 'data  train', []).matches)).toEqual(['AML.M0007']);
    expect(ids(filterMitigations(mitigations, 'ai model', []).matches)).toEqual(['AML.M0004']);
    // A word may match across ID and name, and part of a word is enough.
    expect(ids(filterMitigations(mitigations, 'M0025 proven', []).matches)).toEqual(['AML.M0025']);
  });

  it('keeps the chosen mitigations apart and always shown, whatever the query', () => {
    const r = filterMitigations(mitigations, 'queries', ['AML.M0025', 'AML.M0000']);
    expect(ids(r.chosen)).toEqual(['AML.M0000', 'AML.M0025']);
    expect(ids(r.matches)).toEqual(['AML.M0004']);
    expect(ids(filterMitigations(mitigations, 'sanitize', ['AML.M0007']).matches)).toEqual([]);
  });

  it('shows everything for a blank query, and says when a query matches nothing', () => {
    expect(filterMitigations(mitigations, '  \t', [])).toEqual({ chosen: [], matches: mitigations, searching: false });
    expect(filterMitigations(mitigations, 'quantum', [])).toEqual({ chosen: [], matches: [], searching: true });
    expect(filterMitigations(mitigations, '.*', []).matches).toEqual([]);
    expect(filterMitigations([], 'data', ['AML.M0007'])).toEqual({ chosen: [], matches: [], searching: true });
  });
});

describe('mitigationFilterStatus', () => {
  const status = (query: string, chosen: string[] = []) =>
    mitigationFilterStatus(filterMitigations(mitigations, query, chosen), mitigations.length, query);
  it('says nothing without a query, how many match, or that none does', () => {
    expect(status(' ')).toBe('');
    expect(status(' data ')).toBe('2 of 4 mitigations match “data”.');
    expect(status('data', ['AML.M0007'])).toBe('1 of 3 other mitigations match “data”.');
    expect(status('quantum')).toBe('No mitigation matches “quantum”. Try another word or an ID.');
    expect(status('sanitize', ['AML.M0007'])).toBe(
      'No other mitigation matches “sanitize”. Try another word or an ID.',
    );
  });
});

describe('namedId', () => {
  it('puts the name after the ID, or leaves an ID the catalogue does not know', () => {
    const names = catalogueNames([], mitigations);
    expect(namedId('AML.M0007', names)).toBe('AML.M0007 Sanitize Training Data');
    expect(namedId('AML.M9999', names)).toBe('AML.M9999');
  });
});
