// Theme: follow the system unless the user chose; applied before first paint (inlined in <head>,
// allowed by its hash in the CSP: see astro.config.mjs).
(function () {
  var KEY = 'dojo-theme';
  var root = document.documentElement;
  function stored() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : null;
    } catch {
      return null;
    }
  }
  function systemDark() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function current() {
    return stored() || (systemDark() ? 'dark' : 'light');
  }
  function apply() {
    var s = stored();
    if (s) root.setAttribute('data-theme', s);
    else root.removeAttribute('data-theme');
    var dark = current() === 'dark';
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', dark ? 'true' : 'false');
      var label = buttons[i].querySelector('[data-theme-label]');
      if (label) label.textContent = 'Dark theme';
    }
  }
  apply();
  document.addEventListener('DOMContentLoaded', function () {
    apply();
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-theme-toggle]');
      if (!button) return;
      try {
        localStorage.setItem(KEY, current() === 'dark' ? 'light' : 'dark');
      } catch {
        /* private mode: session only */ root.setAttribute('data-theme', current() === 'dark' ? 'light' : 'dark');
      }
      apply();
    });
    if (window.matchMedia) window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
  });
})();
