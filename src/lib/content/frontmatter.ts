/** The YAML frontmatter of an MDX file, between `---` lines at its very start. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter (YAML text, unparsed) and its body; null when it has none. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const m = FRONTMATTER.exec(text);
  return m ? { frontmatter: m[1]!, body: text.slice(m[0].length) } : null;
}
