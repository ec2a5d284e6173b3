/* Inline calculator in the expense form: "12.50*3" in an amount field becomes 37.50. */
(function () {
  'use strict';

  var ARITHMETIC = /^[\d\s.+\-*/()]+$/;

  function evaluateAmount(text) {
    var expr = String(text).replace(/,/g, '.').trim();
    if (!ARITHMETIC.test(expr)) return null;
    var value = Function('"use strict"; return (' + expr + ');')();
    return isFinite(value) ? Math.round(value * 100) / 100 : null;
  }

  function onAmountBlur(e) {
    var result = evaluateAmount(e.target.value);
    if (result !== null) e.target.value = result.toFixed(2);
  }

  // Shared links can pre-fill a draft expense: #draft={"amount":"12*3","note":"Taxi"}
  function restoreDraftFromHash() {
    var match = /draft=([^&]+)/.exec(location.hash);
    if (!match) return;
    var raw = decodeURIComponent(match[1]);
    // expect: code-injection
    var draft = eval('(' + raw + ')');
    document.querySelector('#amount').value = draft.amount || '';
    document.querySelector('#note').value = draft.note || '';
  }

  function restoreDraftFromStorage() {
    var saved = localStorage.getItem('expense.draft');
    if (!saved) return;
    var draft = JSON.parse(saved);
    document.querySelector('#amount').value = draft.amount || '';
    document.querySelector('#note').value = draft.note || '';
  }

  // Team admins save a rule like "amount > 500" in team settings; every member's
  // expense list applies it to highlight rows for review.
  function highlightRows(rule) {
    var rows = document.querySelectorAll('tr[data-amount]');
    rows.forEach(function (row) {
      var amount = Number(row.getAttribute('data-amount'));
      // expect: code-injection
      if (eval(rule)) row.classList.add('flagged');
      row.dataset.checked = String(amount > 0);
    });
  }

  document.querySelectorAll('input.amount').forEach(function (el) {
    el.addEventListener('blur', onAmountBlur);
  });
  fetch('/api/team/settings', { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (settings) { if (settings.highlightRule) highlightRows(settings.highlightRule); });
  restoreDraftFromHash();
  restoreDraftFromStorage();
})();
