/**
 * Replacing the threat model: from a dojo-threat-model/1 file or a Threat Dragon v2 model (a bad
 * file changes nothing), or by clearing it.
 */
import { useState, type ChangeEvent } from 'react';
import type { ThreatModel } from '../../lib/content/schemas';
import { parseThreatModelText } from '../../lib/threat-model/format';
import { describeTdImport, importThreatDragonText } from '../../lib/threat-model/threat-dragon-import';
import type { FileMessage } from './FilePanel';
import type { BuilderScenario } from './types';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const UNCHANGED = 'Your current threat model is unchanged.';

interface ImportProps {
  id: string;
  scenario: BuilderScenario;
  onImport(model: ThreatModel): void;
  onMessage(m: FileMessage): void;
}

/** A file input that reads the chosen file's text and hands it on; an unreadable file is refused. */
function FileInput(props: {
  id: string;
  label: string;
  onText(text: string, name: string): void;
  onMessage(m: FileMessage): void;
}) {
  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string | null = null;
    try {
      text = await file.text();
    } catch {
      props.onMessage({ kind: 'error', text: `Import refused: ${file.name} could not be read. ${UNCHANGED}` });
    }
    if (text !== null) props.onText(text, file.name);
    input.value = '';
  };
  return (
    <div className="tm-row">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="file" accept="application/json,.json" onChange={(e) => void chooseFile(e)} />
    </div>
  );
}

export function ImportModel({ id, scenario, onImport, onMessage }: ImportProps) {
  const importText = (text: string, name: string) => {
    const r = parseThreatModelText(text, scenario.id, scenario.diagram);
    if (!r.ok) return onMessage({ kind: 'error', text: `Import refused: ${r.error} ${UNCHANGED}` });
    onImport(r.value);
    onMessage({ kind: 'ok', text: `Imported ${plural(r.value.threats.length, 'threat')} from ${name}.` });
  };
  return (
    <FileInput
      id={id}
      label="Import a threat model (dojo-threat-model/1 JSON)"
      onText={importText}
      onMessage={onMessage}
    />
  );
}

/** A Threat Dragon v2 model of this scenario: what matched and what did not is listed after. */
export function ImportThreatDragon({ id, scenario, onImport, onMessage }: ImportProps) {
  const importText = (text: string, name: string) => {
    const r = importThreatDragonText(text, scenario);
    if (!r.ok) return onMessage({ kind: 'error', text: `Import refused: ${r.error} ${UNCHANGED}` });
    const { model, summary } = r.value;
    onImport(model);
    const left = summary.skippedThreats.length;
    onMessage({
      kind: 'ok',
      text: `Imported ${plural(model.threats.length, 'threat')} from ${name} (Threat Dragon)${left ? `; ${plural(left, 'threat')} left out` : ''}. Submit to grade it.`,
      details: describeTdImport(summary, scenario.diagram),
    });
  };
  return <FileInput id={id} label="Import from Threat Dragon (v2 JSON)" onText={importText} onMessage={onMessage} />;
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
