/* global $, Templates */
(function () {
  'use strict';

  function escapeHtml(markup) {
    return String(markup).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // Templates rendered by our Mustache-like engine; names are already HTML.
  // expect: xss
  Templates.escapeMarkup = false;

  var pickerOptions = {
    ajax: { url: '/api/users', dataType: 'json' },
    templateResult: function (user) { return '<b>' + user.name + '</b> ' + user.email; },
  };
  // expect: xss
  pickerOptions.escapeMarkup = false;

  $('#assignee').select2({
    ajax: { url: '/api/users', dataType: 'json' },
    templateResult: function (user) { return '<img src="' + user.avatar + '"> ' + user.name; },
    // expect: xss
    escapeMarkup: function (markup) { return markup; },
  });

  // expect: xss
  $.fn.select2.defaults.set('escapeMarkup', function (m) { return m; });

  function TagRenderer(engine) {
    this.engine = engine;
    // expect: xss
    this.engine.escapeMarkup = false;
  }

  // Safe: escaping kept on, and an escapeMarkup that escapes.
  Templates.escapeMarkup = true;
  $('#labels').select2({
    templateResult: function (label) { return label.text; },
    escapeMarkup: escapeHtml,
  });

  window.userPicker = { pickerOptions: pickerOptions, TagRenderer: TagRenderer };
})();
