/** Export (exchange format, Threat Dragon v2, a layer for the ATLAS Navigator), print, import and clear. */
import { useId, useState } from 'react';
import type { ThreatModel } from '../../lib/content/schemas';
import type { TechniqueInfo } from '../../lib/threat-model/navigator';
import { ClearModel, ImportModel } from './FileImport';
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

export type FileMessage = { kind: 'ok' | 'error'; text: string } | null;

export default function FilePanel({ scenario, model, catalogue, names, onImport, onClear }: Props) {
  const [message, setMessage] = useState<FileMessage>(null);
  const id = useId();
  return (
    <section className="tm-files no-print" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Save, export and import</h3>
      <ExportButtons scenario={scenario} model={model} catalogue={catalogue} names={names} onMessage={setMessage} />
      <ImportModel id={`${id}-file`} scenario={scenario} onImport={onImport} onMessage={setMessage} />
      <ClearModel threats={model.threats.length} onClear={onClear} onMessage={setMessage} />
      <div role="status" className="tm-ok">
        {message?.kind === 'ok' ? message.text : ''}
      </div>
      <div role="alert" className="tm-error">
        {message?.kind === 'error' ? message.text : ''}
      </div>
    </section>
  );
}
