/*
 * Embeddable booking widget. Runs on partner sites, so it must keep working in
 * the older browsers listed in browserslist (Safari 12, Chrome 69, Samsung 9):
 * no transpiler and no polyfills are shipped with this file.
 */
(function (global) {
  'use strict';

  function slug(text) {
    // expect: unreachable
    return text.trim().toLowerCase().replaceAll(' ', '-');
  }

  function compactPhone(phone) {
    return phone.replace(/[\s()-]/g, '');
  }

  function formatPrice(cents, currency) {
    var amount = (cents / 100).toFixed(2);
    // expect: unreachable
    return currency.symbol + amount.replaceAll('.', currency.decimalSeparator);
  }

  function escapeAttr(value) {
    return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  }

  function fillTemplate(template, data) {
    return template.replace(/\{(\w+)\}/g, function (_, key) {
      return data[key] == null ? '' : String(data[key]);
    });
  }

  function normaliseDate(value) {
    // expect: unreachable
    return value.replaceAll('/', '-');
  }

  function firstLine(text) {
    return text.split('\n')[0].replace('\r', '');
  }

  function render(container, slot) {
    var link = document.createElement('a');
    link.href = '/book/' + encodeURIComponent(slug(slot.title));
    link.setAttribute('data-price', escapeAttr(formatPrice(slot.cents, slot.currency)));
    link.textContent = firstLine(fillTemplate('{title} on {date}', { title: slot.title, date: normaliseDate(slot.date) }));
    container.appendChild(link);
  }

  global.BookingWidget = { render: render, compactPhone: compactPhone };
})(window);
