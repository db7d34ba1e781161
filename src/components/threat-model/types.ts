/** Props the page passes to the builder island: plain, serialisable data from the content. */
import type { ReactNode } from 'react';
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
  /** The diagram as text, from the page (Astro passes it as static HTML), shown below the diagram. */
  children?: ReactNode;
}
