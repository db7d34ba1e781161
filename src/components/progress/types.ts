import type { CatalogueExercise } from '../../lib/progress/progress';

export interface ProgressProps {
  catalogue: CatalogueExercise[];
  techniques: { id: string; name: string; tactics: string[]; parent?: string; href: string }[];
  skills: { id: string; title: string; href: string }[];
}
