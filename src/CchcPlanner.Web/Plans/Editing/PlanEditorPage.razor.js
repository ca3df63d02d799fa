// Keyboard and leave-the-page guards of the plan editor, imported by UnsavedChanges (page) and EditorGrid (grids).
let page = null;

// Text typed but not yet sent (the browser sends an input's value on "change", when it loses focus).
function flush(element) {
  if (element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA')) {
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

// Keys act by clicking the editor's own buttons: the click then reaches the server after the "change" of the
// field being typed in, in the order the browser sent them, so the save or the row sees the last keystrokes.
function onKeyDown(e) {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
    e.preventDefault();
    flush(document.activeElement);
    document.querySelector('.editor-save')?.click();
  }
}

function onBeforeUnload(e) {
  if (page && (page.dirty || page.typed)) {
    e.preventDefault();
    e.returnValue = '';
  }
}

function onInput(e) {
  if (page && e.target.closest?.('.plan-editor')) page.typed = true;
}

export function attach() {
  detach();
  page = { dirty: false, typed: false };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('input', onInput);
  window.addEventListener('beforeunload', onBeforeUnload);
}

export function detach() {
  if (page) {
    document.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('input', onInput);
    window.removeEventListener('beforeunload', onBeforeUnload);
    page = null;
  }
}

/** The server says whether the draft differs from the saved plan; a save clears what was typed too. */
export function setDirty(dirty) {
  if (page) {
    page.dirty = dirty;
    if (!dirty) page.typed = false;
  }
}

/** Focuses the first element matching the selector once the coming render has put it on the page. */
export function focusLater(selector) {
  let tries = 0;
  const attempt = () => {
    const element = document.querySelector(selector);
    if (element) {
      element.focus();
      if (element.select && element.tagName === 'INPUT') element.select();
    } else if (tries++ < 30) {
      requestAnimationFrame(attempt);
    }
  };
  requestAnimationFrame(attempt);
}

/** Enter finishes the row being edited in a grid ("Xong"), Escape cancels it ("Huỷ"); dropdowns keep both keys. */
export function attachRowKeys(element) {
  const onKey = (e) => {
    const target = e.target;
    if (e.isComposing || !(target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') || target.closest('.rz-dropdown')) return;
    const button = (name) => target.closest('tr')?.querySelector(name);
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && button('.row-commit')) {
      e.preventDefault();
      flush(target);
      button('.row-commit').click();
    } else if (e.key === 'Escape' && button('.row-cancel')) {
      e.preventDefault();
      button('.row-cancel').click();
    }
  };
  element.addEventListener('keydown', onKey);
  return { dispose: () => element.removeEventListener('keydown', onKey) };
}
