/** Export (exchange format, Threat Dragon v2, a layer for the ATLAS Navigator), print, import and clear. */
import { useId, useState } from 'react';
import type { ThreatModel } from '../../lib/content/schemas';
import type { TechniqueInfo } from '../../lib/threat-model/navigator';
import { ClearModel, ImportModel, ImportThreatDragon } from './FileImport';
import ExportButtons from './ExportButtons';
import type { BuilderScenario } from './types';

interface Props {
  scenario: BuilderScenario;
  model: ThreatModel;
  catalogue: ReadonlyMap<string, TechniqueInfo>;
  names: ReadonlyMap<string, string>;
  onImport(model: ThreatModel): void;
  onClear(): void;
}

/** The outcome of an export or import; `details` lists what an import matched and left out. */
export type FileMessage = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export default function FilePanel({ scenario, model, catalogue, names, onImport, onClear }: Props) {
  const [message, setMessage] = useState<FileMessage>(null);
  const id = useId();
  return (
    <section className="tm-files no-print" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Save, export and import</h3>
      <ExportButtons scenario={scenario} model={model} catalogue={catalogue} names={names} onMessage={setMessage} />
      <ImportModel id={`${id}-file`} scenario={scenario} onImport={onImport} onMessage={setMessage} />
      <ImportThreatDragon id={`${id}-td`} scenario={scenario} onImport={onImport} onMessage={setMessage} />
      <ClearModel threats={model.threats.length} onClear={onClear} onMessage={setMessage} />
      <div role="status" className="tm-ok">
        {message?.kind === 'ok' ? message.text : ''}
      </div>
      {message?.kind === 'ok' && message.details?.length ? (
        <ul aria-label="What the import matched and left out" className="tm-import-details">
          {message.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div role="alert" className="tm-error">
        {message?.kind === 'error' ? message.text : ''}
      </div>
    </section>
  );
}
