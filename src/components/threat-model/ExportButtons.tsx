/** The threat model as files: the exchange format, Threat Dragon v2, an ATLAS Navigator layer; and printing. */
import type { ThreatModel } from '../../lib/content/schemas';
import { serializeThreatModel } from '../../lib/threat-model/format';
import { toNavigatorLayer, type TechniqueInfo } from '../../lib/threat-model/navigator';
import { toThreatDragon } from '../../lib/threat-model/threat-dragon';
import { validateThreatDragon } from '../../lib/threat-model/threat-dragon-validate';
import { downloadText } from '../files/download';
import type { FileMessage } from './FilePanel';
import type { BuilderScenario } from './types';

interface Props {
  scenario: BuilderScenario;
  model: ThreatModel;
  catalogue: ReadonlyMap<string, TechniqueInfo>;
  names: ReadonlyMap<string, string>;
  onMessage(m: FileMessage): void;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

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

export default function ExportButtons({ scenario, model, catalogue, names, onMessage }: Props) {
  const base = `${scenario.id}-threat-model`;
  const exportModel = () => {
    downloadText(`${base}.json`, serializeThreatModel(model));
    onMessage({ kind: 'ok', text: 'Exported in dojo-threat-model/1.' });
  };
  const exportThreatDragon = () => {
    const td = toThreatDragon(model, scenario, names);
    const errors = validateThreatDragon(td);
    if (errors.length)
      return onMessage({ kind: 'error', text: `The Threat Dragon export failed its check: ${errors[0]}` });
    downloadText(`${base}.threat-dragon.json`, json(td));
    onMessage({ kind: 'ok', text: 'Exported for OWASP Threat Dragon (v2 model).' });
  };
  const exportLayer = () => {
    downloadText(`${base}.navigator-layer.json`, json(toNavigatorLayer(model, scenario.title, catalogue)));
    onMessage({ kind: 'ok', text: 'Exported an ATLAS Navigator layer (format 4.5).' });
  };
  return (
    <div className="tm-actions">
      <button type="button" onClick={exportModel}>
        Export threat model (JSON)
      </button>
      <button type="button" className="secondary" onClick={exportThreatDragon}>
        Export to Threat Dragon
      </button>
      <button type="button" className="secondary" onClick={exportLayer}>
        Export ATLAS Navigator layer
      </button>
      <button type="button" className="secondary" onClick={printReport}>
        Print report
      </button>
    </div>
  );
}
