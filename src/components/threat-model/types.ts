/** Props the page passes to the builder island: plain, serialisable data from the content. */
import type { Diagram, ThreatModel } from '../../lib/content/schemas';

export interface BuilderScenario {
  id: string;
  title: string;
  summary: string;
  diagram: Diagram;
  strategy?: { summary: string; points: string[] };
}

export interface CatalogueTechnique {
  id: string;
  name: string;
  tactics: string[];
  parent?: string;
  aliases?: string[];
}

export interface CatalogueMitigation {
  id: string;
  name: string;
}

export interface BuilderProps {
  scenario: BuilderScenario;
  reference: ThreatModel;
  techniques: CatalogueTechnique[];
  mitigations: CatalogueMitigation[];
}
