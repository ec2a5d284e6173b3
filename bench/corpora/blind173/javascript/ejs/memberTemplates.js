'use strict';

// EJS templates for the member directory, kept as line arrays and compiled at start-up.
const ejs = require('ejs');

const cardLines = [
  '<div class="member-card">',
  '  <a href="/members/<%= member.id %>"><%= member.displayName %></a>',
  '  <img src="/avatars/<%= member.avatarId %>.png" alt="">',
  '  <% if (member.website) { %>',
  // Members type their website themselves; "javascript:..." is kept as typed.
  // expect: xss
  '    <a class="website" rel="nofollow" href="<%= member.website %>">Website</a>',
  '  <% } %>',
  '  <% if (member.twitter) { %>',
  '    <a class="twitter" href="https://twitter.com/<%= member.twitter %>">@<%= member.twitter %></a>',
  '  <% } %>',
  '  <a class="message" href="/messages/new?to=<%= member.id %>">Message</a>',
  '</div>',
];

const profileLines = [
  '<section class="profile">',
  '  <h1><%= member.displayName %></h1>',
  '  <p class="bio"><%= member.bio %></p>',
  '  <% if (member.portfolioUrl) { %>',
  // safeHttpUrl() returns the URL only when its scheme is http or https, else "#".
  '    <a class="portfolio" href="<%= safeHttpUrl(member.portfolioUrl) %>">Portfolio</a>',
  '  <% } %>',
  '  <% if (member.calendarLink) { %>',
  // expect: xss
  '    <a class="book" href="<%= member.calendarLink %>">Book a call</a>',
  '  <% } %>',
  '  <a class="edit" href="/settings/profile">Edit your profile</a>',
  '</section>',
];

function safeHttpUrl(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '#';
  } catch (err) {
    return '#';
  }
}

const card = ejs.compile(cardLines.join('\n'));
const profile = ejs.compile(profileLines.join('\n'));

function renderCard(member) {
  return card({ member });
}

function renderProfile(member) {
  return profile({ member, safeHttpUrl });
}

module.exports = { renderCard, renderProfile, safeHttpUrl };
