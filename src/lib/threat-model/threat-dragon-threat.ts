/**
 * One Threat Dragon threat read back as one of our threats (the reverse of threat-dragon.ts's
 * threat): STRIDE from its `type`; ATLAS techniques and OWASP risks from the IDs of our export's
 * "MITRE ATLAS:" and "OWASP:" lines, or from any ID in the title and description of a threat
 * written in Threat Dragon; ATLAS mitigations from the IDs in its mitigation; likelihood and
 * impact from our "Likelihood L/5, impact I/5" line or else from its severity; the attack class
 * from our "Attack: … (id)" line; and the rest of
 * its description (and any prose mitigation) as notes. Pure.
 */
import type { Threat } from '../content/schemas';
import { OWASP_IDS, STRIDE, type StrideCategory } from '../frameworks/ids';
import { isAtlasMitigation } from '../frameworks/atlas-links';
import { CLASS_MAP } from './attack-classes';
import { ATTACK_CLASS_IDS } from '../frameworks/attack-class-ids';

/** What a threat must have; anything else in it is optional. */
export interface TdThreatLike {
  status: string;
  title?: unknown;
  type?: unknown;
  severity?: unknown;
  description?: unknown;
  mitigation?: unknown;
}

export type ThreatReading =
  { ok: true; threat: Omit<Threat, 'element'>; notes: string[] } | { ok: false; reason: string };

/**
 * A likelihood and impact whose product falls in the band Threat Dragon's severity names, by our
 * bands (risk.ts: High ≥ 15, Medium ≥ 8): the middle of each band on the diagonal.
 */
const BY_SEVERITY: Record<string, [number, number]> = { high: [4, 4], medium: [3, 3], low: [2, 2] };

/** Statuses that say the learner decided it is not a threat (Threat Dragon's "N/A"). */
const NOT_APPLICABLE = /^(n\/?a|not ?applicable)$/i;

const TECHNIQUE = /\bAML\.T\d{4}(?:\.\d{3})?\b/g;
const MITIGATION = /\bAML\.M\d{4}\b/g;
const OWASP = new RegExp(`(?<![\\w:])(${OWASP_IDS.map((id) => id.replace(':', '\\:')).join('|')})(?![\\w:])`, 'g');
const RATING = /^Likelihood ([1-5])\/5, impact ([1-5])\/5$/;
const ATTACK = /^Attack: .*\(([a-z-]+)\)$/;
/** The lines our export adds to a description, rebuilt from the fields rather than kept as notes. */
const GENERATED = /^(MITRE ATLAS|OWASP): |^Likelihood [1-5]\/5, impact [1-5]\/5$|^Attack: .*\([a-z-]+\)$/;

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const unique = <T>(xs: T[]) => [...new Set(xs)];
const stride = (type: string): StrideCategory | undefined =>
  STRIDE.find((s) => s.toLowerCase() === type.trim().toLowerCase());

export function readThreat(t: TdThreatLike): ThreatReading {
  if (NOT_APPLICABLE.test(t.status.trim())) return { ok: false, reason: `its status is "${t.status}"` };
  const title = text(t.title).trim();
  if (!title) return { ok: false, reason: 'it has no title' };
  const category = stride(text(t.type));
  if (!category)
    return { ok: false, reason: `its type "${text(t.type)}" is not a STRIDE category (${STRIDE.join(', ')})` };

  const description = text(t.description);
  const mitigation = text(t.mitigation);
  const lines = description.split(/\r?\n/);
  const notes: string[] = [];
  // A description our export wrote (it has the rating line) names the IDs in its own lines, and
  // its notes are not searched, so an ID a note mentions in passing is not taken for a mapping.
  // In a threat written in Threat Dragon, any ID in the title or description counts.
  const ours = lines.some((l) => RATING.test(l.trim()));
  const freeText = `${title}\n${description}`;
  const idsIn = (label: string) => (ours ? (lines.find((l) => l.startsWith(`${label}: `)) ?? '') : freeText);
  const techniques = unique(idsIn('MITRE ATLAS').match(TECHNIQUE) ?? []);
  const owasp = unique(idsIn('OWASP').match(OWASP) ?? []) as Threat['owasp'];
  const mitigations = unique(mitigation.match(MITIGATION) ?? []);
  const known = techniques.filter((id) => CLASS_MAP.techniques.has(id));
  const knownMitigations = mitigations.filter(isAtlasMitigation);
  const dropped = [...techniques, ...mitigations].filter((id) => !known.includes(id) && !knownMitigations.includes(id));
  if (dropped.length) notes.push(`left out ${dropped.join(', ')}, not in ATLAS 5.6`);

  const attackId = ours ? lines.map((l) => ATTACK.exec(l.trim())?.[1]).find((id) => id !== undefined) : undefined;
  const attack = ATTACK_CLASS_IDS.find((id) => id === attackId);
  const rated = lines.map((l) => RATING.exec(l.trim())).find((m) => m !== null);
  let likelihood: number, impact: number;
  if (rated) [likelihood, impact] = [Number(rated[1]), Number(rated[2])];
  else {
    const band = BY_SEVERITY[text(t.severity).trim().toLowerCase()];
    [likelihood, impact] = band ?? [3, 3];
    notes.push(
      band
        ? `likelihood and impact set to ${likelihood} × ${impact} from its severity ${text(t.severity)}`
        : 'likelihood and impact set to 3 × 3 (it has no severity)',
    );
  }
  const kept = lines.filter((l, i) => !(i === 0 && l.trim() === title) && !GENERATED.test(l.trim()));
  // Prose in the mitigation field that is not one of our "ID name" lines is kept too.
  const prose = mitigation
    .split(/\r?\n/)
    .filter((l) => l.trim() && !/^AML\.M\d{4}\b/.test(l.trim()))
    .map((l) => `Mitigation: ${l.trim()}`);
  const noteText = [...kept, ...prose].join('\n').trim();

  const cut = title.length > 300 || known.length > 20 || owasp.length > 20 || knownMitigations.length > 40;
  if (cut) notes.push('shortened to the limits of a threat (title 300 characters, 20 techniques, 40 mitigations)');
  return {
    ok: true,
    notes,
    threat: {
      stride: category,
      atlas: known.slice(0, 20),
      owasp: owasp.slice(0, 20),
      title: title.slice(0, 300).trim(),
      likelihood,
      impact,
      mitigations: knownMitigations.slice(0, 40),
      ...(attack ? { attack } : {}),
      ...(noteText ? { notes: noteText.slice(0, 10_000) } : {}),
    },
  };
}
