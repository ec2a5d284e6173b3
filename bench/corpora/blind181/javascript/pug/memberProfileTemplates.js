'use strict';

// Pug templates for public member profiles on the photo community site.
// Lines are kept in arrays so translators can review the text lines alone.

const pug = require('pug');

const profileLines = [
  'section.profile',
  '  img.avatar(src="/avatars/" + member.id + ".jpg" alt="")',
  '  h2= member.displayName',
  '  p.bio= member.bio',
  '  ul.links',
  '    li',
  // member.portfolioUrl is typed into the profile form
  // expect: xss
  '      a(href=member.portfolioUrl rel="nofollow ugc") Portfolio',
  '    li',
  "      a(href='/members/' + member.id + '/photos') Photos",
  '    li',
  "      a(href='/members/' + member.id + '/followers') Followers",
];

const galleryLines = [
  'ul.gallery',
  '  each photo in photos',
  '    li',
  "      a(href='/photos/' + photo.id)",
  '        img(src=photo.thumbUrl alt=photo.title)',
  // photo.sourceLink is the "original source" field of an upload
  // expect: xss
  '      a.source(href=photo.sourceLink) Source',
];

const pagerLines = [
  'nav.pager',
  '  a(href=prevHref) Previous',
  '  a(href=nextHref) Next',
];

const renderProfile = pug.compile(profileLines.join('\n'));
const renderGallery = pug.compile(galleryLines.join('\n'));
const renderPager = pug.compile(pagerLines.join('\n'));

function profilePage(member, photos, page) {
  const n = Math.max(parseInt(page, 10) || 1, 1);
  return renderProfile({ member }) +
    renderGallery({ photos }) +
    renderPager({ prevHref: `/members/${member.id}?page=${Math.max(n - 1, 1)}`, nextHref: `/members/${member.id}?page=${n + 1}` });
}

module.exports = { profilePage, profileLines, galleryLines, pagerLines };
