/** Replacing the threat model: from a dojo-threat-model/1 file (a bad file changes nothing), or by clearing it. */
import { useState, type ChangeEvent } from 'react';
import type { ThreatModel } from '../../lib/content/schemas';
import { parseThreatModelText } from '../../lib/threat-model/format';
import type { FileMessage } from './FilePanel';
import type { BuilderScenario } from './types';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function ImportModel(props: {
  id: string;
  scenario: BuilderScenario;
  onImport(model: ThreatModel): void;
  onMessage(m: FileMessage): void;
}) {
  const { scenario, onImport, onMessage } = props;
  const unchanged = 'Your current threat model is unchanged.';

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return onMessage({ kind: 'error', text: `Import refused: ${file.name} could not be read. ${unchanged}` });
    }
    const r = parseThreatModelText(text, scenario.id, scenario.diagram);
    if (!r.ok) return onMessage({ kind: 'error', text: `Import refused: ${r.error} ${unchanged}` });
    onImport(r.value);
    onMessage({ kind: 'ok', text: `Imported ${plural(r.value.threats.length, 'threat')} from ${file.name}.` });
  };
  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    await importFile(file);
    input.value = '';
  };

  return (
    <div className="tm-row">
      <label htmlFor={props.id}>Import a threat model (dojo-threat-model/1 JSON)</label>
      <input id={props.id} type="file" accept="application/json,.json" onChange={(e) => void chooseFile(e)} />
    </div>
  );
}

export function ClearModel(props: { threats: number; onClear(): void; onMessage(m: FileMessage): void }) {
  const [confirming, setConfirming] = useState(false);
  const clear = () => {
    props.onClear();
    setConfirming(false);
    props.onMessage({ kind: 'ok', text: 'Threat model cleared.' });
  };
  return (
    <div className="tm-actions">
      {!confirming ? (
        <button type="button" className="secondary" onClick={() => setConfirming(true)} disabled={props.threats === 0}>
          Clear threat model
        </button>
      ) : (
        <div role="group" aria-label="Confirm clearing" className="tm-confirm">
          <p>Delete all {props.threats} threats of this scenario? Export first if you want to keep them.</p>
          <button type="button" onClick={clear}>
            Yes, clear it
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}
