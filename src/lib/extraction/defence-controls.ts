/**
 * The simulator's defence controls: a checkbox and number fields per defence, to and from the
 * defence chain the settings, the URL and the command line use ("reverse-sigmoid:1,0.1+round:2").
 * Values stay the text the learner typed; parseSettings validates the chain and words the errors.
 * Checkboxes write the chain in one standard order: perturbations first (reverse sigmoid, noise,
 * cutoff), then coarsening (rounding, labels). A typed chain in another order, or with a defence
 * twice, is kept as typed until a control changes it.
 */

export interface DefenceControls {
  reverseSigmoid: { on: boolean; beta: string; gamma: string };
  noise: { on: boolean; sigma: string };
  cutoff: { on: boolean; value: string };
  round: { on: boolean; decimals: string };
  labels: { on: boolean };
}

/** Off, with ART's default parameters ready in the fields (art.defences.postprocessor). */
export const DEFAULT_CONTROLS: DefenceControls = {
  reverseSigmoid: { on: false, beta: '1', gamma: '0.1' },
  noise: { on: false, sigma: '0.2' },
  cutoff: { on: false, value: '0.25' },
  round: { on: false, decimals: '3' },
  labels: { on: false },
};

/** The chain the controls describe, in the standard order; "none" when every box is clear. */
export function chainFromControls(c: DefenceControls): string {
  const parts: string[] = [];
  if (c.reverseSigmoid.on)
    parts.push(`reverse-sigmoid:${c.reverseSigmoid.beta.trim()},${c.reverseSigmoid.gamma.trim()}`);
  if (c.noise.on) parts.push(`noise:${c.noise.sigma.trim()}`);
  if (c.cutoff.on) parts.push(`cutoff:${c.cutoff.value.trim()}`);
  if (c.round.on) parts.push(`round:${c.round.decimals.trim()}`);
  if (c.labels.on) parts.push('labels');
  return parts.length ? parts.join('+') : 'none';
}

export interface ReadChain {
  controls: DefenceControls;
  /** Whether the chain is exactly what the controls write (same order, each defence once). */
  standard: boolean;
  /** Parts of the chain the controls cannot show (an unknown name), kept in the chain. */
  unknown: string[];
}

/**
 * The controls showing a chain as typed (parameters as text, unvalidated); parameters of a
 * defence that is off keep the values `previous` had, so clearing a box loses nothing typed.
 */
export function controlsFromChain(chain: string, previous: DefenceControls = DEFAULT_CONTROLS): ReadChain {
  const c: DefenceControls = {
    reverseSigmoid: { ...previous.reverseSigmoid, on: false },
    noise: { ...previous.noise, on: false },
    cutoff: { ...previous.cutoff, on: false },
    round: { ...previous.round, on: false },
    labels: { on: false },
  };
  const unknown: string[] = [];
  const seen = new Set<string>();
  let repeated = false;
  const text = chain.trim();
  const parts = text === '' || text === 'none' ? [] : text.split('+').map((p) => p.trim());
  for (const part of parts) {
    const [name, arg = ''] = part.split(':', 2);
    if (seen.has(name)) repeated = true;
    seen.add(name);
    switch (name) {
      case 'reverse-sigmoid': {
        const [beta = '', gamma = ''] = arg.split(',', 2);
        c.reverseSigmoid = { on: true, beta, gamma };
        break;
      }
      case 'noise':
        c.noise = { on: true, sigma: arg };
        break;
      case 'cutoff':
        c.cutoff = { on: true, value: arg };
        break;
      case 'round':
        c.round = { on: true, decimals: arg };
        break;
      case 'labels':
        c.labels = { on: true };
        break;
      default:
        unknown.push(part);
    }
  }
  const standard = !repeated && unknown.length === 0 && chainFromControls(c) === (parts.join('+') || 'none');
  return { controls: c, standard, unknown };
}
