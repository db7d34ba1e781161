/**
 * Labels for a chart's time axis that a person reads as times and dates. uPlot's own labels
 * for ticks minutes apart are ":40 :50 :00", which say neither the hour nor the day. Here a tick
 * reads "19:40", with the day under it ("19:40\n1 Dec") on the first tick and wherever the day
 * changes; ticks a day or more apart read "1 Dec" (the year under the first and at a new year);
 * ticks a year or more apart read "Dec 2026". Written like every date on the site
 * (src/lib/util/dates.ts). Pure; the time zone is the reader's unless one is given.
 */
import { DATE_LOCALE } from '../util/dates';

const DAY = 86_400;
const YEAR = 365 * DAY;

function formats(timeZone: string | undefined) {
  const zone = timeZone ? { timeZone } : {};
  const make = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(DATE_LOCALE, { ...o, ...zone });
  return {
    time: make({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    day: make({ day: 'numeric', month: 'short' }),
    dayKey: make({ year: 'numeric', month: '2-digit', day: '2-digit' }),
    year: make({ year: 'numeric' }),
    month: make({ month: 'short', year: 'numeric' }),
  };
}

/** One label per tick; `ticks` are seconds since 1970, in order, as uPlot gives them. */
export function timeTickLabels(ticks: readonly number[], timeZone?: string): string[] {
  if (ticks.length === 0) return [];
  const f = formats(timeZone);
  const at = (s: number) => new Date(s * 1000);
  const steps = ticks.slice(1).map((t, i) => t - ticks[i]!);
  const step = steps.length ? Math.min(...steps) : 0;
  const changed = (key: Intl.DateTimeFormat, i: number) =>
    i === 0 || key.format(at(ticks[i]!)) !== key.format(at(ticks[i - 1]!));
  if (step >= YEAR) return ticks.map((t) => f.month.format(at(t)));
  if (step >= DAY)
    return ticks.map((t, i) =>
      changed(f.year, i) ? `${f.day.format(at(t))}\n${f.year.format(at(t))}` : f.day.format(at(t)),
    );
  return ticks.map((t, i) =>
    changed(f.dayKey, i) ? `${f.time.format(at(t))}\n${f.day.format(at(t))}` : f.time.format(at(t)),
  );
}
