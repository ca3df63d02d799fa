// Drives #components-reconnect-modal for the .NET 9 blazor.web.js served by this app:
// the script toggles classes on the element; this file reacts to them.
(function () {
  const modal = document.getElementById('components-reconnect-modal');
  if (!modal) {
    return;
  }

  const reload = () => window.location.reload();

  new MutationObserver(() => {
    // The server no longer knows this circuit (it restarted, or the circuit expired): a fresh page is the only way on.
    if (modal.classList.contains('components-reconnect-rejected')) {
      reload();
    }
  }).observe(modal, { attributes: true, attributeFilter: ['class'] });

  document.getElementById('reconnect-retry')?.addEventListener('click', async () => {
    try {
      const reconnected = await window.Blazor.reconnect();
      if (!reconnected) {
        reload();
      }
    } catch {
      reload();
    }
  });
})();
