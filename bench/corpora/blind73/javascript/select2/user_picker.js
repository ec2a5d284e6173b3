/* global $, Mustache */
'use strict';

// Recipient picker for the messaging page; results come from /api/users?q=...

function formatUser(user) {
  if (!user.id) {
    return user.text;
  }
  // expect: xss
  return '<span class="avatar"><img src="' + user.avatarUrl + '"></span> ' + user.text + ' <small>' + user.email + '</small>';
}

$('#recipients').select2({
  ajax: { url: '/api/users', dataType: 'json', delay: 250 },
  templateResult: formatUser,
  templateSelection: formatUser,
  // expect: xss
  escapeMarkup: function (markup) { return markup; },
  minimumInputLength: 2,
});

// expect: xss
$.fn.select2.defaults.set('escapeMarkup', (m) => m);

var mailRenderer = {
  engine: Mustache,
  escapeMarkup: true,
  render: function (tpl, view) {
    return this.engine.render(tpl, view);
  },
};

function useRawMarkup(renderer) {
  // expect: xss
  renderer.escapeMarkup = false;
  return renderer;
}

function TemplateView(options) {
  this.options = Object.assign({ escapeMarkup: true }, options);
}
TemplateView.prototype.raw = function () {
  // expect: xss
  this.options.escapeMarkup = false;
  return this;
};

// Escaping left on: select2's default escaper, and text-only templates.
$('#tags').select2({
  tags: true,
  templateResult: function (tag) {
    return $('<span>').text(tag.text);
  },
});

mailRenderer.escapeMarkup = true;

module.exports = { formatUser, mailRenderer, useRawMarkup, TemplateView };
