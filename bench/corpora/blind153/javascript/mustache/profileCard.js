const express = require('express');
const Mustache = require('mustache');
const { findMember } = require('../lib/members');

const router = express.Router();

// Templates live next to the route so the designers can find them.
const CARD = [
  '<div class="member-card">',
  '  <h2>{{displayName}}</h2>',
  // expect: xss
  '  <a class="site" href="{{website}}">Website</a>',
  // expect: xss
  '  <a class="chat" href={{chatLink}}>Chat with {{displayName}}</a>',
  '  <a class="profile" href="/members/{{id}}">Full profile</a>',
  '  <p class="bio">{{bio}}</p>',
  '</div>',
].join('\n');

const FOOTER = [
  '<footer>',
  '  <a href="https://status.example.org">Status</a>',
  // expect: xss
  '  <a rel="nofollow" href="{{{sponsorUrl}}}">Sponsored by {{sponsorName}}</a>',
  '  <a href="/help?topic={{topic}}">Help</a>',
  '</footer>',
].join('\n');

router.get('/members/:id/card', async (req, res, next) => {
  try {
    const member = await findMember(req.params.id);
    if (!member) return res.status(404).send('not found');
    const html = Mustache.render(CARD, member);
    res.type('html').send(html + Mustache.render(FOOTER, {
      sponsorUrl: member.sponsorUrl,
      sponsorName: member.sponsorName,
      topic: 'members',
    }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
