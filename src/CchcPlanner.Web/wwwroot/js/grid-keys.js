// Keyboard entry in the follow-up grids (KPI results, task progress), for people typing a whole period at once.
// A grid is marked data-grid-keys; each row's main field has the class grid-value, the row's other fields grid-field;
// data-grid-save names the grid's save button (a CSS selector).
//   Enter / ArrowDown  -> the next row's main field (selected, ready to overwrite)
//   ArrowUp            -> the previous row's main field
//   Ctrl+S (Cmd+S)     -> the save button, once the page has enabled it (the last keystrokes may still be on their way
//                         to the server); the browser's own "save page" never opens inside a grid.
// Arrow keys in a drop-down list keep choosing its options. Everything here is client-side, so moving costs no round trip;
// the listener runs first (capture) so that the grid component's own key handling does not move focus elsewhere.
(function () {
  const moves = { Enter: 1, ArrowDown: 1, ArrowUp: -1 };

  function clickWhenEnabled(selector, tries) {
    const button = document.querySelector(selector);
    if (!button) {
      return;
    }

    if (!button.disabled) {
      button.click();
    } else if (tries > 0) {
      setTimeout(() => clickWhenEnabled(selector, tries - 1), 50);
    }
  }

  document.addEventListener('keydown', (e) => {
    const target = e.target;
    const grid = target instanceof Element ? target.closest('[data-grid-keys]') : null;
    if (!grid) {
      return;
    }

    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      e.stopPropagation();
      const save = grid.getAttribute('data-grid-save');
      if (save) {
        clickWhenEnabled(save, 60);
      }

      return;
    }

    const step = moves[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.isComposing || !target.matches('.grid-value, .grid-field')) {
      return;
    }

    if (target.tagName === 'SELECT' && e.key !== 'Enter') {
      return;
    }

    const fields = Array.from(grid.querySelectorAll('.grid-value')).filter((f) => !f.disabled);
    const row = target.closest('tr');
    const here = fields.findIndex((f) => f.closest('tr') === row);
    const next = fields[here + step];
    e.preventDefault();
    e.stopPropagation();
    if (here >= 0 && next) {
      next.focus();
      if (typeof next.select === 'function') {
        next.select();
      }
    }
  }, true);
})();
