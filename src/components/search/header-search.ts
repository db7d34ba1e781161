/**
 * Suggestions under the header's search box, loaded only when the box is first focused. The
 * box is a combobox (WAI-ARIA 1.2 pattern): type to see the best matches, ArrowDown/ArrowUp to
 * move, Enter to open the highlighted page (or, with none highlighted, the full results at
 * /search/?q=), Escape to close. Without JavaScript the box is a plain GET form to /search/.
 * Result text is set with textContent only.
 */
import { search } from '../../lib/search/query';
import type { SearchEngine } from '../../lib/search/engine';
import { countMessage } from '../../lib/search/messages';
import { DOC_TYPE_LABELS } from '../../lib/search/types';
import { searchPageHref } from '../../lib/search/search-href';
import { getSearchEngine } from './load-engine';

const MAX_SUGGESTIONS = 6;

interface Option {
  href: string;
  title: string;
  kind: string;
}

export function enhanceHeaderSearch(input: HTMLInputElement, listbox: HTMLUListElement, status: HTMLElement): void {
  let engine: SearchEngine | undefined;
  let options: Option[] = [];
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    listbox.replaceChildren();
    options.forEach((o, i) => {
      const li = document.createElement('li');
      li.id = `${listbox.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const title = document.createElement('span');
      title.textContent = o.title;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = o.kind;
      li.append(title, kind);
      // mousedown, not click: the input must not lose focus (and close the list) first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        window.location.assign(o.href);
      });
      listbox.append(li);
    });
    const open = options.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
  };

  const update = () => {
    if (!engine) return;
    const value = input.value;
    if (!value.trim()) {
      options = [];
      status.textContent = '';
      render();
      return;
    }
    const outcome = search(engine, value);
    options = outcome.hits.slice(0, MAX_SUGGESTIONS).map((h) => ({
      href: h.doc.href,
      title:
        h.doc.label && h.doc.type !== 'scenario' && h.doc.type !== 'question'
          ? `${h.doc.label} ${h.doc.title}`
          : h.doc.title,
      kind: DOC_TYPE_LABELS[h.doc.type].one,
    }));
    if (outcome.hits.length > 0) {
      options.push({
        // Not encodeURIComponent: it throws on a lone surrogate (see lib/search/well-formed.ts).
        href: searchPageHref(value),
        title: `See all ${outcome.hits.length} results`,
        kind: 'search',
      });
    }
    status.textContent =
      outcome.hits.length > 0 ? `${countMessage(outcome.hits.length)}; use the arrow keys to choose` : countMessage(0);
    render();
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', update);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && options.length > 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) update();
      else setActive((active + 1) % options.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      window.location.assign(options[active].href);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });

  getSearchEngine().then(
    (loaded) => {
      engine = loaded;
      if (document.activeElement === input) update();
    },
    (e: Error) => {
      status.textContent = `Suggestions are unavailable: ${e.message}. Press Enter to search.`;
    },
  );
}
