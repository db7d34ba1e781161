// Theme: follow the system unless the user chose; applied before first paint (inlined in <head>,
// allowed by its hash in the CSP, computed from this file in astro.config.mjs). The choice is
// kept in memory and saved to localStorage when it can be. Storage may throw on any access
// (blocked cookies: even reading window.localStorage is a SecurityError), so the toggle then
// works for the page alone.
(function () {
  var KEY = 'dojo-theme';
  var root = document.documentElement;
  function valid(v) {
    return v === 'light' || v === 'dark' ? v : null;
  }
  function load() {
    try {
      return valid(window.localStorage.getItem(KEY));
    } catch {
      return null;
    }
  }
  function save(v) {
    try {
      window.localStorage.setItem(KEY, v);
    } catch {
      /* storage blocked: the choice stays in memory for this page */
    }
  }
  var chosen = load();
  function systemDark() {
    try {
      return !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    } catch {
      return false;
    }
  }
  function current() {
    return chosen || (systemDark() ? 'dark' : 'light');
  }
  function apply() {
    if (chosen) root.setAttribute('data-theme', chosen);
    else root.removeAttribute('data-theme');
    // The button says what pressing it does, so its name follows the theme now shown.
    var text = current() === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
    var labels = document.querySelectorAll('[data-theme-toggle] [data-theme-label]');
    for (var i = 0; i < labels.length; i++) labels[i].textContent = text;
  }
  apply();
  document.addEventListener('DOMContentLoaded', function () {
    apply();
    document.addEventListener('click', function (event) {
      var target = event.target;
      var button = target && target.closest ? target.closest('[data-theme-toggle]') : null;
      if (!button) return;
      chosen = current() === 'dark' ? 'light' : 'dark';
      save(chosen);
      apply();
    });
    try {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
    } catch {
      /* no matchMedia, or no addEventListener on it (Safari < 14): read on load only */
    }
  });
})();
