// library: jquery ($.getScript / $.globalEval)
const PLUGINS = {
  charts: '/static/plugins/charts.js',
  maps: '/static/plugins/maps.js',
};

function loadPluginFromQuery() {
  const params = new URLSearchParams(window.location.search);
  // expect: code-injection
  $.getScript(params.get('plugin'));
}

function runSnippet(snippet) {
  // expect: code-injection
  $.globalEval(snippet);
}

function loadNamedPlugin(name) {
  const src = PLUGINS[name];
  if (src) $.getScript(src);
}

function loadAnalytics() {
  $.getScript('https://cdn.example.com/analytics.min.js');
}

$(window).on('message', (event) => {
  const data = event.originalEvent.data;
  if (event.originalEvent.origin === window.location.origin && data.type === 'snippet') {
    $('#log').text(data.body);
  }
});
