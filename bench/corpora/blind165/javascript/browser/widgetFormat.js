// Formatting helpers of the embeddable booking widget. The widget is loaded on hotel
// websites as a plain ES5 bundle with no polyfills; it must run in Safari 12 and the
// in-app browsers of older Android phones (see docs/widget-support.md).
(function (global) {
  'use strict';

  function slugify(name) {
    // expect: unreachable
    return name.toLowerCase().trim().replaceAll(' ', '-');
  }

  function formatRoomCode(code) {
    return String(code).replace(/_/g, ' ').toUpperCase();
  }

  function phoneDigits(phone) {
    // expect: unreachable
    return String(phone).replaceAll('-', '').replace(/\s+/g, '');
  }

  function nightsLabel(nights, locale) {
    var word = nights === 1 ? locale.night : locale.nights;
    return nights + ' ' + word;
  }

  function priceText(amount, currency) {
    var fixed = (Math.round(amount * 100) / 100).toFixed(2);
    return currency + ' ' + fixed.split('.').join(',');
  }

  function templateFill(template, values) {
    var out = template;
    Object.keys(values).forEach(function (key) {
      // expect: unreachable
      out = out.replaceAll('{' + key + '}', String(values[key]));
    });
    return out;
  }

  function stripTabs(text) {
    return text.split('\t').join(' ');
  }

  function escapeAttr(value) {
    return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  global.BookingFormat = {
    slugify: slugify,
    formatRoomCode: formatRoomCode,
    phoneDigits: phoneDigits,
    nightsLabel: nightsLabel,
    priceText: priceText,
    templateFill: templateFill,
    stripTabs: stripTabs,
    escapeAttr: escapeAttr,
  };
})(window);
