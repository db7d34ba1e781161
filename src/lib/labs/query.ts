/**
 * A lab's settings in the page's address, as typed in its form, so a run can be shared and a
 * reload shows the same form. Only fields that differ from the form's defaults are written; on
 * the way back only the form's own fields are read. Values are checked by the lab's parser when
 * the run starts, never here.
 */
export type FormFields<K extends string> = Record<K, string>;

/** "?attack=fgsm&epsilon=0.2" for the fields that differ from the defaults ("" when none do). */
export function toQuery<K extends string>(values: FormFields<K>, defaults: FormFields<K>): string {
  const p = new URLSearchParams();
  for (const k of Object.keys(defaults) as K[]) if (values[k] !== defaults[k]) p.set(k, values[k]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The form's fields from a query string, over the defaults; null when it names none of them. */
export function fromQuery<K extends string>(search: string, defaults: FormFields<K>): FormFields<K> | null {
  const p = new URLSearchParams(search);
  const given = (Object.keys(defaults) as K[]).filter((k) => p.has(k));
  return given.length ? overDefaults(Object.fromEntries(given.map((k) => [k, p.get(k)!])), defaults) : null;
}

/** The form's fields from saved settings (strings only), over the defaults; other keys are ignored. */
export function overDefaults<K extends string>(
  saved: Readonly<Record<string, unknown>>,
  defaults: FormFields<K>,
): FormFields<K> {
  const out = { ...defaults };
  for (const k of Object.keys(defaults) as K[]) {
    const v = saved[k];
    if (typeof v === 'string') out[k] = v.slice(0, 200);
  }
  return out;
}
