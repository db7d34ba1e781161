/** Numbers as the agreement figures print them, the same on the page, in Markdown and on the command line. */

/** Fixed decimals, without the "-0.00" that a tiny negative value would print. */
export function fmt(x: number, digits = 2): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
