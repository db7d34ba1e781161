/** Export (exchange format, Threat Dragon v2, ATLAS Navigator 4.5), print, import and clear. */
import { useId, useRef, useState } from 'react';
import type { ThreatModel } from '../../lib/content/schemas';
import { parseThreatModelText, serializeThreatModel } from '../../lib/threat-model/format';
import { toThreatDragon } from '../../lib/threat-model/threat-dragon';
import { validateThreatDragon } from '../../lib/threat-model/threat-dragon-validate';
import { toNavigatorLayer, type TechniqueInfo } from '../../lib/threat-model/navigator';
import { downloadText } from '../files/download';
import type { BuilderScenario } from './types';

interface Props {
  scenario: BuilderScenario;
  model: ThreatModel;
  catalogue: ReadonlyMap<string, TechniqueInfo>;
  names: ReadonlyMap<string, string>;
  onImport(model: ThreatModel): void;
  onClear(): void;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Prints only the threat-model report (title, the learner's threats, risk matrix, score and
 * feedback): the page's other sections are hidden while this class is on <html> (builder.css).
 */
function printReport() {
  const root = document.documentElement;
  root.classList.add('print-threat-model');
  window.addEventListener('afterprint', () => root.classList.remove('print-threat-model'), { once: true });
  window.print();
}

export default function FilePanel({ scenario, model, catalogue, names, onImport, onClear }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const base = `${scenario.id}-threat-model`;

  const exportTd = () => {
    const td = toThreatDragon(model, scenario, names);
    const errors = validateThreatDragon(td);
    if (errors.length)
      return setMessage({ kind: 'error', text: `The Threat Dragon export failed its check: ${errors[0]}` });
    downloadText(`${base}.threat-dragon.json`, `${JSON.stringify(td, null, 2)}\n`);
    setMessage({ kind: 'ok', text: 'Exported for OWASP Threat Dragon (v2 model).' });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({
        kind: 'error',
        text: `Import refused: ${file.name} could not be read. Your current threat model is unchanged.`,
      });
    }
    const r = parseThreatModelText(text, scenario.id, scenario.diagram);
    if (fileRef.current) fileRef.current.value = '';
    if (!r.ok)
      return setMessage({ kind: 'error', text: `Import refused: ${r.error} Your current threat model is unchanged.` });
    onImport(r.model);
    setMessage({
      kind: 'ok',
      text: `Imported ${r.model.threats.length} threat${r.model.threats.length === 1 ? '' : 's'} from ${file.name}.`,
    });
  };

  return (
    <section className="tm-files no-print" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Save, export and import</h3>
      <div className="tm-actions">
        <button
          type="button"
          onClick={() => {
            downloadText(`${base}.json`, serializeThreatModel(model));
            setMessage({ kind: 'ok', text: 'Exported in dojo-threat-model/1.' });
          }}
        >
          Export threat model (JSON)
        </button>
        <button type="button" className="secondary" onClick={exportTd}>
          Export to Threat Dragon
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            downloadText(
              `${base}.navigator-layer.json`,
              `${JSON.stringify(toNavigatorLayer(model, scenario.title, catalogue), null, 2)}\n`,
            );
            setMessage({ kind: 'ok', text: 'Exported an ATLAS Navigator layer (format 4.5).' });
          }}
        >
          Export ATLAS Navigator layer
        </button>
        <button type="button" className="secondary" onClick={printReport}>
          Print report
        </button>
      </div>
      <div className="tm-row">
        <label htmlFor={`${id}-file`}>Import a threat model (dojo-threat-model/1 JSON)</label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </div>
      <div className="tm-actions">
        {!confirmClear ? (
          <button
            type="button"
            className="secondary"
            onClick={() => setConfirmClear(true)}
            disabled={model.threats.length === 0}
          >
            Clear threat model
          </button>
        ) : (
          <div role="group" aria-label="Confirm clearing" className="tm-confirm">
            <p>Delete all {model.threats.length} threats of this scenario? Export first if you want to keep them.</p>
            <button
              type="button"
              onClick={() => {
                onClear();
                setConfirmClear(false);
                setMessage({ kind: 'ok', text: 'Threat model cleared.' });
              }}
            >
              Yes, clear it
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
              Keep it
            </button>
          </div>
        )}
      </div>
      <div role="status" className="tm-ok">
        {message?.kind === 'ok' ? message.text : ''}
      </div>
      <div role="alert" className="tm-error">
        {message?.kind === 'error' ? message.text : ''}
      </div>
    </section>
  );
}
