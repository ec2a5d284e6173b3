// Mustache templates for public member profiles, inlined for the edge renderer.
const Mustache = require('mustache');

const profileCard = [
  '<div class="profile-card">',
  '  <img class="avatar" src="/avatars/{{avatarId}}.png" alt="">',
  '  <h2>{{displayName}}</h2>',
  '  <p class="bio">{{bio}}</p>',
  '  <a class="profile-link" href="/members/{{slug}}">View profile</a>',
  // the website field is free text from the member's settings page (javascript: URLs included)
  // expect: xss
  '  <a class="website" rel="nofollow ugc" href="{{website}}">{{website}}</a>',
  '  <ul class="badges">',
  '  {{#badges}}',
  '    <li class="badge badge-{{kind}}">{{label}}</li>',
  '  {{/badges}}',
  '  </ul>',
  '</div>',
].join('\n');

const followButton = [
  '<form method="post" action="/members/{{slug}}/follow">',
  '  <input type="hidden" name="_csrf" value="{{csrfToken}}">',
  '  <button type="submit">Follow {{displayName}}</button>',
  '</form>',
].join('\n');

const shareLinks = [
  '<div class="share">',
  '  <a href="https://twitter.com/intent/tweet?url={{encodedProfileUrl}}">Share</a>',
  '</div>',
].join('\n');

function renderProfile(member, ctx) {
  const view = {
    avatarId: member.avatarId,
    displayName: member.displayName,
    bio: member.bio,
    slug: encodeURIComponent(member.slug),
    website: member.website,
    badges: member.badges,
    csrfToken: ctx.csrfToken,
    encodedProfileUrl: encodeURIComponent(`https://example-shop.com/members/${member.slug}`),
  };
  return Mustache.render(profileCard, view) + Mustache.render(followButton, view) + Mustache.render(shareLinks, view);
}

module.exports = { renderProfile };
