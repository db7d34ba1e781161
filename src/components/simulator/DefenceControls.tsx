/**
 * The defences as controls: a checkbox per defence with its parameters in number fields, the
 * chain they make shown as the command line writes it, and the chain itself to type for orders
 * the checkboxes do not write. The chain in the form values stays the one source of truth.
 */
import { useState } from 'react';
import {
  DEFAULT_CONTROLS,
  chainFromControls,
  controlsFromChain,
  type DefenceControls,
} from '../../lib/extraction/defence-controls';

interface Props {
  chain: string;
  onChange(chain: string): void;
}

function Param({ label, value, on, onValue }: { label: string; value: string; on: boolean; onValue(v: string): void }) {
  return (
    <label className="sim-param">
      {label}
      <input inputMode="decimal" value={value} disabled={!on} onChange={(e) => onValue(e.target.value)} />
    </label>
  );
}

export function DefenceControlsField({ chain, onChange }: Props) {
  // Parameters of a defence switched off are remembered here, so clearing a box loses nothing.
  const [memory, setMemory] = useState<DefenceControls>(DEFAULT_CONTROLS);
  const read = controlsFromChain(chain, memory);
  const c = read.controls;
  const update = (next: DefenceControls) => {
    setMemory(next);
    onChange(chainFromControls(next));
  };
  const box = (label: string, on: boolean, set: (on: boolean) => DefenceControls) => (
    <label className="sim-defence-name">
      <input type="checkbox" checked={on} onChange={(e) => update(set(e.target.checked))} /> {label}
    </label>
  );
  return (
    <fieldset className="sim-defences">
      <legend>Defences</legend>
      <div className="sim-defence">
        {box('Reverse sigmoid', c.reverseSigmoid.on, (on) => ({ ...c, reverseSigmoid: { ...c.reverseSigmoid, on } }))}
        <Param
          label="β"
          value={c.reverseSigmoid.beta}
          on={c.reverseSigmoid.on}
          onValue={(beta) => update({ ...c, reverseSigmoid: { ...c.reverseSigmoid, beta } })}
        />
        <Param
          label="γ"
          value={c.reverseSigmoid.gamma}
          on={c.reverseSigmoid.on}
          onValue={(gamma) => update({ ...c, reverseSigmoid: { ...c.reverseSigmoid, gamma } })}
        />
      </div>
      <div className="sim-defence">
        {box('Gaussian noise', c.noise.on, (on) => ({ ...c, noise: { ...c.noise, on } }))}
        <Param
          label="σ"
          value={c.noise.sigma}
          on={c.noise.on}
          onValue={(sigma) => update({ ...c, noise: { ...c.noise, sigma } })}
        />
      </div>
      <div className="sim-defence">
        {box('High-confidence cutoff', c.cutoff.on, (on) => ({ ...c, cutoff: { ...c.cutoff, on } }))}
        <Param
          label="below"
          value={c.cutoff.value}
          on={c.cutoff.on}
          onValue={(value) => update({ ...c, cutoff: { ...c.cutoff, value } })}
        />
      </div>
      <div className="sim-defence">
        {box('Round the probability', c.round.on, (on) => ({ ...c, round: { ...c.round, on } }))}
        <Param
          label="decimals"
          value={c.round.decimals}
          on={c.round.on}
          onValue={(decimals) => update({ ...c, round: { ...c.round, decimals } })}
        />
      </div>
      <div className="sim-defence">{box('Labels only', c.labels.on, (on) => ({ ...c, labels: { on } }))}</div>
      <p className="sim-help" aria-live="polite">
        As the command line writes it: <code>{chain.trim() || 'none'}</code>
        {!read.standard &&
          (read.unknown.length
            ? ` (not a defence the boxes know: ${read.unknown.join(', ')})`
            : ' (kept in the order typed; changing a box above rewrites it in the standard order)')}
      </p>
      <details className="sim-chain">
        <summary>Type a defence chain</summary>
        <label>
          Defence chain
          <input
            value={chain}
            spellCheck={false}
            aria-describedby="sim-defence-help"
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
        <p id="sim-defence-help" className="sim-help">
          <code>none</code>, <code>labels</code>, <code>round:K</code>, <code>noise:SIGMA</code>, <code>cutoff:C</code>,{' '}
          <code>reverse-sigmoid:BETA,GAMMA</code>, joined with <code>+</code> and applied in the order written (for
          example <code>noise:0.05+round:2</code>).
        </p>
      </details>
    </fieldset>
  );
}
