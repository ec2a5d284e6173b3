// Widgets for the old server-rendered store pages (no framework). Included as
// a plain script; runs on every product page.

(function () {
  'use strict';

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function addReviewSnippet(container, review) {
    container.insertAdjacentHTML(
      'beforeend',
      '<blockquote class="review">' + escapeHtml(review.text) + '<cite>' + escapeHtml(review.author) + '</cite></blockquote>'
    );
  }

  function addQuestion(container, question) {
    // question.body is posted by any shopper
    // expect: xss
    container.insertAdjacentHTML('beforeend', '<div class="qa"><p>' + question.body + '</p></div>');
  }

  function addSeparator(container) {
    container.insertAdjacentHTML('beforeend', '<hr class="sep">');
  }

  function addNotice(container, text) {
    container.insertAdjacentText('afterbegin', text);
  }

  function writeRecentlyViewed() {
    var params = new URLSearchParams(window.location.search);
    var from = params.get('from');
    if (from) {
      // expect: xss
      document.write('<p class="crumb">Back to <a href="/search">' + from + '</a></p>');
    }
  }

  function writeLegacyTracker() {
    document.write('<img src="/px.gif" width="1" height="1" alt="">');
  }

  window.StoreWidgets = {
    addReviewSnippet: addReviewSnippet,
    addQuestion: addQuestion,
    addSeparator: addSeparator,
    addNotice: addNotice,
    writeRecentlyViewed: writeRecentlyViewed,
    writeLegacyTracker: writeLegacyTracker,
  };
})();
