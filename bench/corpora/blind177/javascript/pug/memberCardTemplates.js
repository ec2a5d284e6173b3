// Pug sources for the member directory, kept as line arrays so the build step can
// write them to views/ and the linter can read them here.
const pug = require('pug');

const MEMBER_CARD = [
  'mixin memberCard(member)',
  '  .member-card',
  '    img.avatar(src=member.avatarUrl alt="")',
  "    a.name(href='/members/' + member.id)= member.displayName",
  '    p.role= member.role',
  '    if member.website',
  // expect: xss
  '      a.website(href=member.website rel="nofollow ugc")= member.website',
  '    if member.companyId',
  "      a.company(href='/companies/' + member.companyId)= member.companyName",
].join('\n');

const DIRECTORY_PAGE = [
  'extends layout',
  'include member-card',
  'block content',
  '  h1 Member directory',
  '  form(action="/members" method="get")',
  '    input(type="search" name="q" value=query)',
  '  each member in members',
  '    +memberCard(member)',
  '  nav.pager',
  '    if page > 1',
  "      a(href='/members?page=' + (page - 1))= 'Previous'",
  '    a(href=nextPageHref)= "Next"',
].join('\n');

const PROFILE_PAGE = [
  'extends layout',
  'block content',
  '  h1= member.displayName',
  '  p.bio= member.bio',
  '  ul.links',
  '    each link in member.socialLinks',
  '      li',
  // expect: xss
  '        a(href=link.url target="_blank" rel="noopener noreferrer")= link.label',
  "  a.back(href='/members') Back to the directory",
].join('\n');

function nextPageHref(page, query) {
  // Built by us from a number and an encoded query: always a local path.
  return '/members?page=' + (Number(page) + 1) + '&q=' + encodeURIComponent(query || '');
}

module.exports = {
  sources: {
    'member-card.pug': MEMBER_CARD,
    'directory.pug': DIRECTORY_PAGE,
    'profile.pug': PROFILE_PAGE,
  },
  compileDirectory() {
    return pug.compile(DIRECTORY_PAGE, { filename: 'views/directory.pug' });
  },
  nextPageHref,
};
