'use strict';

// EJS partials of the member directory, kept as line arrays and compiled once.
const ejs = require('ejs');

const cardLines = [
  '<div class="member-card">',
  '  <h3><%= member.name %></h3>',
  // expect: xss
  '  <a class="website" href="<%= member.website %>">Website</a>',
  '  <a class="profile" href="/members/<%= member.id %>">Profile</a>',
  '</div>',
];

const contactLines = [
  '<ul class="contact">',
  // expect: xss
  '  <li><a href=<%= member.chatLink %>>Chat</a></li>',
  '  <li><a href="mailto:support@example.com">Support</a></li>',
  '  <li><a href="/members/search?q=<%= encodeURIComponent(member.city) %>">Same city</a></li>',
  '</ul>',
];

const sponsorLines = [
  '<aside class="sponsor">',
  // expect: xss
  '  <a href="<%- sponsor.url %>" rel="sponsored"><%= sponsor.name %></a>',
  '  <a href="/sponsors">All sponsors</a>',
  '</aside>',
];

const renderCard = ejs.compile(cardLines.join('\n'));
const renderContact = ejs.compile(contactLines.join('\n'));
const renderSponsor = ejs.compile(sponsorLines.join('\n'));

function card(member) {
  return renderCard({ member });
}

function contact(member) {
  return renderContact({ member });
}

function sponsor(s) {
  return renderSponsor({ sponsor: s });
}

module.exports = { card, contact, sponsor };
