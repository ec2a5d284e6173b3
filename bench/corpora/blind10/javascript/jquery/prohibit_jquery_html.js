// library: jQuery (.html / .append / .prepend / .after with markup)
/* global $ */
function showProfile(profile) {
  // expect: xss
  $('#profile-name').html(profile.displayName);
  $('#profile-email').text(profile.email);
}

function addRow(row) {
  // expect: xss
  $('#orders tbody').append('<tr><td>' + row.id + '</td><td>' + row.note + '</td></tr>');
}

function addRowSafe(row) {
  const tr = $('<tr>');
  tr.append($('<td>').text(row.id), $('<td>').text(row.note));
  $('#orders tbody').append(tr);
}

function showError(xhr) {
  // expect: xss
  $('.alert').prepend(`<p>${xhr.responseText}</p>`).show();
}

function showSpinner() {
  $('#results').html('<div class="spinner"></div>');
}

function setTooltip(el, text) {
  $(el).attr('title', text);
}

$(function () {
  $.getJSON('/api/profile', showProfile);
  $(document).ajaxError((_e, xhr) => showError(xhr));
});
