const serialize = require('serialize-javascript');

function pageWithState(state) {
  // expect: unsafe-serialize
  const json = serialize(state, { unsafe: true });
  return `<script>window.__STATE__ = ${json}</script>`;
}

function configScript(config) {
  // expect: unsafe-serialize
  return '<script>window.CONFIG=' + serialize(config, { isJSON: true, unsafe: true }) + '</script>';
}

function pageWithStateSafe(state) {
  return `<script>window.__STATE__ = ${serialize(state, { isJSON: true })}</script>`;
}

module.exports = { pageWithState, configScript, pageWithStateSafe };
