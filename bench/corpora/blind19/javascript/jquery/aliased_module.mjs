// jQuery: ESM import, jQuery() alias, prepend/after/replaceWith with user text
import jQuery from 'jquery';

const $ = jQuery;

export function showFlash(msg) {
  const $flash = $('.flash');
  // expect: xss
  $flash.prepend(`<p class="alert">${msg}</p>`);
}

export function insertAuthorBadge(el, author) {
  // expect: xss
  jQuery(el).after('<span class="badge">' + author.displayName + '</span>');
}

export function replaceTitle(newTitle) {
  // expect: xss
  $('#doc-title').replaceWith(`<h1 id="doc-title">${newTitle}</h1>`);
}

export function showFlashSafely(msg) {
  const $p = $('<p class="alert"></p>').text(msg);
  $('.flash').prepend($p);
}

export function tagRow(el, id) {
  jQuery(el).attr('data-id', id).addClass('tagged');
  $('#status').html('<em>saved</em>');
}
