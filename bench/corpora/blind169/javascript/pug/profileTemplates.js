'use strict';

// Pug templates for the public profile pages, kept as line arrays and
// compiled once at startup (the profile service has no views folder).
const pug = require('pug');

const buttonMixin = [
  'mixin button(label)',
  '  button.btn&attributes(attributes)= label',
];

const profileCard = [
  'article.profile',
  '  img.avatar(src=user.avatarUrl alt="")',
  '  h1= user.displayName',
  '  p.bio= user.bio',
  '  if user.website',
  // expect: xss
  '    a.website(href=user.website rel="nofollow ugc")&attributes(user.linkAttributes)= user.website',
  '  +button("Follow")(type="button" data-user-id=user.id)',
  '  +button("Message")(type="button" class="secondary")',
];

const followersList = [
  'ul.followers',
  '  each follower in followers',
  '    li',
  '      a(href="/u/" + follower.handle)= follower.displayName',
];

function compile(lines, filename) {
  return pug.compile(lines.join('\n'), { filename });
}

const templates = {
  profileCard: compile(buttonMixin.concat(profileCard), 'profile.pug'),
  followersList: compile(followersList, 'followers.pug'),
};

function renderProfile(user) {
  return templates.profileCard({ user });
}

function renderFollowers(followers) {
  return templates.followersList({ followers });
}

module.exports = { renderProfile, renderFollowers };
