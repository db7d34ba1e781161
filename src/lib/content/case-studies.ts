/**
 * ATLAS case studies and the matrix, as the guide pages show them. Pure: no DOM, no Astro.
 */

/** "2020-04-30" → "30 April 2020": a case study's date as a person reads it (UTC, so it never shifts a day). */
export function formatCaseStudyDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

interface StepsOf {
  id: string;
  steps: readonly { tactic: string; technique: string }[];
}

/**
 * The case studies whose procedure uses a technique, with the tactics it served there, in
 * case-study order. A parent technique also lists the case studies of its sub-techniques when
 * `withSubTechniques` is set (the matrix counts a technique's cell that way).
 */
export function caseStudiesUsing<T extends StepsOf>(
  techniqueId: string,
  caseStudies: readonly T[],
  { withSubTechniques = false } = {},
): { caseStudy: T; tactics: string[] }[] {
  const uses = (t: string) => t === techniqueId || (withSubTechniques && t.startsWith(`${techniqueId}.`));
  return [...caseStudies]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((caseStudy) => {
      const tactics = [...new Set(caseStudy.steps.filter((s) => uses(s.technique)).map((s) => s.tactic))];
      return tactics.length ? [{ caseStudy, tactics }] : [];
    });
}

/** Lower case, accents and punctuation gone, spaces single: how the matrix search compares words. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/**
 * Whether a technique matches what was typed: every word of the query is found in its ID, name
 * or the words practitioners use for it ("model stealing", "clone"), at the start of a word. An
 * empty query matches everything.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const key = ` ${searchKey(haystack)}`;
  return words.every((w) => key.includes(` ${w}`));
}
