/**
 * One Threat Dragon threat read back, rule by rule. Expected values are worked out by hand from
 * the rules in threat-dragon-threat.ts and our risk bands (risk.ts: High ≥ 15, Medium ≥ 8).
 */
import { describe, expect, it } from 'vitest';
import { readThreat, type TdThreatLike } from './threat-dragon-threat';

const td = (over: Partial<TdThreatLike> = {}): TdThreatLike => ({
  status: 'Open',
  title: 'A threat',
  type: 'Tampering',
  severity: 'Medium',
  description: '',
  mitigation: '',
  ...over,
});
const read = (over: Partial<TdThreatLike>) => {
  const r = readThreat(td(over));
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('readThreat: what is left out', () => {
  it.each([
    [{ status: 'NotApplicable' }, 'its status is "NotApplicable"'],
    [{ status: 'N/A' }, 'its status is "N/A"'],
    [{ status: 'na' }, 'its status is "na"'],
    [{ title: '   ' }, 'it has no title'],
    [{ title: 7 }, 'it has no title'],
    [
      { type: 'Linkability' },
      'its type "Linkability" is not a STRIDE category (Spoofing, Tampering, Repudiation, Information disclosure, Denial of service, Elevation of privilege)',
    ],
  ])('%j: %s', (over, reason) => {
    expect(readThreat(td(over as Partial<TdThreatLike>))).toEqual({ ok: false, reason });
  });

  it('keeps every other status: a mitigated or accepted threat is still one the learner found', () => {
    for (const status of ['Open', 'Mitigated', 'Accepted', 'Transferred', 'open']) {
      expect(readThreat(td({ status })).ok, status).toBe(true);
    }
  });
});

describe('readThreat: the fields', () => {
  it('matches the STRIDE type whatever its case and spacing', () => {
    expect(read({ type: ' information DISCLOSURE ' }).threat.stride).toBe('Information disclosure');
  });

  it('reads our own export back: IDs from its lines only, the rating, the attack, the notes', () => {
    const r = read({
      title: 'Model extraction',
      severity: 'High',
      description: [
        'Model extraction',
        'MITRE ATLAS: AML.T0024.002 Extract AI Model',
        'OWASP: ML05 Model Theft; LLM10:2025 Unbounded Consumption',
        'Attack: Model extraction (extraction)',
        'Likelihood 2/5, impact 5/5',
        'Seen with AML.T0005 and ML01 in 2024.',
      ].join('\n'),
      mitigation: 'AML.M0004 Restrict Number of AI Model Queries\nAML.M0024 AI Telemetry Logging',
    });
    expect(r).toEqual({
      ok: true,
      notes: [],
      threat: {
        stride: 'Tampering',
        atlas: ['AML.T0024.002'],
        owasp: ['ML05', 'LLM10:2025'],
        title: 'Model extraction',
        // The rating line wins over the severity (High would give 4 × 4).
        likelihood: 2,
        impact: 5,
        mitigations: ['AML.M0004', 'AML.M0024'],
        attack: 'extraction',
        // The IDs a note mentions are not taken for mappings.
        notes: 'Seen with AML.T0005 and ML01 in 2024.',
      },
    });
  });

  it('reads a threat written in Threat Dragon from its free text, and rates it by severity', () => {
    const r = read({
      title: 'Clone via the API (AML.T0024.002)',
      severity: 'High',
      description: 'Related: ML05, not LLM05 alone, nor xML04. Also AML.T0005.',
      mitigation: 'Rate limits per key (AML.M0004)\nAML.M0004 again',
    });
    expect(r.threat).toMatchObject({
      atlas: ['AML.T0024.002', 'AML.T0005'],
      owasp: ['ML05'],
      likelihood: 4,
      impact: 4,
      mitigations: ['AML.M0004'],
      notes: 'Related: ML05, not LLM05 alone, nor xML04. Also AML.T0005.\nMitigation: Rate limits per key (AML.M0004)',
    });
    expect(r.threat).not.toHaveProperty('attack');
    expect(r.notes).toEqual(['likelihood and impact set to 4 × 4 from its severity High']);
  });

  it.each([
    ['Medium', 3, 3, 'likelihood and impact set to 3 × 3 from its severity Medium'],
    ['low', 2, 2, 'likelihood and impact set to 2 × 2 from its severity low'],
    ['', 3, 3, 'likelihood and impact set to 3 × 3 (it has no severity)'],
    ['Critical', 3, 3, 'likelihood and impact set to 3 × 3 (it has no severity)'],
  ])('severity %j gives %i × %i', (severity, likelihood, impact, note) => {
    const r = read({ severity });
    expect([r.threat.likelihood, r.threat.impact]).toEqual([likelihood, impact]);
    expect(r.notes).toEqual([note]);
  });

  it('leaves out IDs that are not in ATLAS 5.6, saying which', () => {
    const r = read({ description: 'AML.T9999 and AML.T0020', mitigation: 'AML.M9999' });
    expect(r.threat.atlas).toEqual(['AML.T0020']);
    expect(r.threat.mitigations).toEqual([]);
    expect(r.notes[0]).toBe('left out AML.T9999, AML.M9999, not in ATLAS 5.6');
  });

  it('cuts a threat to the limits of the exchange format, saying so', () => {
    const r = read({ title: 'x'.repeat(301), description: 'Likelihood 1/5, impact 1/5' });
    expect(r.threat.title).toHaveLength(300);
    expect(r.notes).toEqual([
      'shortened to the limits of a threat (title 300 characters, 20 techniques, 40 mitigations)',
    ]);
    expect(r.threat).not.toHaveProperty('notes');
  });
});
