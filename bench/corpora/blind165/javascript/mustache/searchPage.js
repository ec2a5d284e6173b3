// Server-side rendered search page (mustache.js). The template is an array of lines; the
// search box, the paging and the analytics call read the visitor's query string values.
'use strict';

const Mustache = require('mustache');

const SEARCH_TEMPLATE = [
  '<html><head><title>Search: {{query}}</title></head><body>',
  '<form action="/search"><input name="q" value="{{query}}"></form>',
  '<div id="search-state" data-query="{{query}}" data-page="{{page}}"></div>',
  '<ul>{{#results}}<li><a href="/p/{{slug}}">{{title}}</a></li>{{/results}}</ul>',
  '<script>',
  // expect: xss
  '  var searchTerm = \'{{query}}\';',
  // expect: xss
  '  var pageSize = {{pageSize}};',
  '  var state = document.getElementById("search-state").dataset;',
  '  window.Search.init({ term: state.query, page: Number(state.page) });',
  // expect: xss
  '  analytics.track("search", { term: "{{query}}", sort: "{{sort}}" });',
  '</script>',
  '<p class="count">{{total}} results</p>',
  '</body></html>',
].join('\n');

function renderSearchPage(req, results) {
  const view = {
    query: String(req.query.q || ''),
    page: Number(req.query.page) || 1,
    pageSize: req.query.size || 20,
    sort: String(req.query.sort || 'relevance'),
    results: results.items,
    total: results.total,
  };
  return Mustache.render(SEARCH_TEMPLATE, view);
}

module.exports = { renderSearchPage };
