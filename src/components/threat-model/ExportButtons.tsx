/** The threat model as files: the exchange format, Threat Dragon v2, a layer for the ATLAS Navigator; and printing. */
import type { ThreatModel } from '../../lib/content/schemas';
import { serializeThreatModel } from '../../lib/threat-model/format';
import { ATLAS_NAVIGATOR_HOW_TO, toNavigatorLayer, type TechniqueInfo } from '../../lib/threat-model/navigator';
import { validateNavigatorLayer } from '../../lib/threat-model/navigator-validate';
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
    const layer = toNavigatorLayer(model, scenario.title, catalogue);
    const errors = validateNavigatorLayer(layer);
    if (errors.length)
      return onMessage({ kind: 'error', text: `The ATLAS Navigator layer failed its check: ${errors[0]}` });
    downloadText(`${base}.atlas-navigator-layer.json`, json(layer));
    onMessage({
      kind: 'ok',
      text: `Exported a layer for the ATLAS Navigator (layer format 4.3). ${ATLAS_NAVIGATOR_HOW_TO}`,
    });
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
        Export layer for the ATLAS Navigator
      </button>
      <button type="button" className="secondary" onClick={printReport}>
        Print report
      </button>
    </div>
  );
}
