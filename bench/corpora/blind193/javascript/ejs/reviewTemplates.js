// EJS templates for the product review pages, kept as line arrays so the
// build can inline them into the serverless bundle (no filesystem at runtime).
const ejs = require('ejs');

const partials = {
  header: [
    '<header class="site-header">',
    '  <a href="/" class="logo"><%= shopName %></a>',
    '</header>',
  ].join('\n'),
};

const reviewPage = [
  '<%- include("header") %>',
  '<main class="reviews">',
  '  <h1>Reviews for <%= product.name %></h1>',
  '  <div class="summary"><%- ratingStars %></div>',
  '  <% reviews.forEach(function (review) { %>',
  '  <article class="review">',
  '    <h2><%= review.title %></h2>',
  '    <p class="byline">by <%= review.authorName %> on <%= review.date %></p>',
  // the body is the reviewer's own text, stored as submitted
  // expect: xss
  '    <div class="review-body"><%- review.body %></div>',
  '  </article>',
  '  <% }) %>',
  '</main>',
].join('\n');

function starsHtml(rating) {
  const full = Math.max(0, Math.min(5, Math.round(Number(rating) || 0)));
  return '<span class="star on"></span>'.repeat(full) + '<span class="star"></span>'.repeat(5 - full);
}

const compiled = ejs.compile(reviewPage, {
  includer: (name) => ({ template: partials[name] }),
});

function renderReviewPage({ shopName, product, reviews }) {
  return compiled({
    shopName,
    product,
    reviews,
    ratingStars: starsHtml(product.averageRating),
  });
}

module.exports = { renderReviewPage };
