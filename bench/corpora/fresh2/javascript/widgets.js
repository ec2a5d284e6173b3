/* global $, jQuery */
import DOMPurify from 'dompurify';

export function renderComment(comment) {
  // expect: xss
  $('#comments').append('<li class="c">' + comment.body + '</li>');
}

export function renderCommentText(comment) {
  $('<li class="c"></li>').text(comment.body).appendTo('#comments');
}

export function renderPreview(html) {
  // expect: xss
  jQuery('.preview').html(html);
}

export function renderPreviewClean(html) {
  $('.preview').html(DOMPurify.sanitize(html));
}

export function clearPreview() {
  $('.preview').html('');
  $('.spinner').html('<span class="dot"></span>');
}

export function prependBanner(msg) {
  // expect: xss
  $('body').prepend(`<div class="banner">${msg}</div>`);
}

export function readPreview() {
  return $('.preview').html();
}

export function notifyParent(state) {
  // expect: postmessage-wildcard
  window.parent.postMessage({ type: 'state', state }, '*');
}

export function notifyParentOk(state) {
  window.parent.postMessage({ type: 'state', state }, 'https://app.example.com');
}

export function notifyOpener(token) {
  // expect: postmessage-wildcard
  window.opener.postMessage(JSON.stringify({ token }), '*');
}

export function workerPost(worker, data) {
  worker.postMessage(data);
}

export function legacyAd(slot) {
  // expect: xss
  document.write('<script src="https://ads.example.com/' + slot + '.js"></script>');
}

export function legacyStatic() {
  document.write('<p>Loading...</p>');
}

export function setTitle(title) {
  document.title = title;
  document.querySelector('h1').textContent = title;
}
