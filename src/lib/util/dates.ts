/**
 * How the site shows a moment to a person: "25 Nov 2026, 10:00" (British English, medium date,
 * short time, in the browser's time zone unless one is given). One formatter for every page and
 * the printed report, so the same moment always reads the same. Pure.
 */
/** The locale every date on the site is written in (the chart axes' too: src/lib/charts/time-axis.ts). */
export const DATE_LOCALE = 'en-GB';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALE, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** An ISO time as "25 Nov 2026, 10:00"; text that is not a time is returned unchanged. */
export function formatDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter(timeZone).format(d);
}
