// timers: setTimeout / setInterval with strings built from the URL (browser script)
(function () {
  const params = new URLSearchParams(window.location.search);
  const widgetId = params.get('widget');
  const callbackName = window.location.hash.slice(1);

  function refresh(id) {
    fetch('/api/widgets/' + encodeURIComponent(id))
      .then((r) => r.json())
      .then((w) => {
        document.getElementById('widget-title').textContent = w.title;
      });
  }
  window.refresh = refresh;

  // expect: code-injection
  setTimeout('refresh("' + widgetId + '")', 1000);

  // expect: code-injection
  setInterval(`${callbackName}()`, 5000);

  // expect: code-injection
  window.setTimeout(params.get('onload'), 0);

  setTimeout(() => refresh(widgetId), 1000);

  setInterval(function poll() {
    refresh(widgetId);
  }, 30000);

  const retryDelay = 500 + Math.floor(Math.random() * 250);
  setTimeout(refresh, retryDelay, widgetId);
})();
