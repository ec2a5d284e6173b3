'use strict';

const { readSetting, lookupCampaign } = require('./settings');
const { escapeJsString } = require('./escape');

function renderTracker(res, req) {
  const campaign = lookupCampaign(req.query.utm);
  // expect: xss
  res.send('<script>window.campaign = "' + campaign + '";</script>');
}

function renderLocale(res, req) {
  const locale = readSetting(req.cookies.locale);
  // expect: xss
  res.write(`<script>document.documentElement.lang = '${locale}';</script>`);
  res.end();
}

function renderGreeting(out, session) {
  const nickname = session.get('nickname');
  // expect: xss
  out.push('<div class="hello"><script>showGreeting("' + nickname + '")</script></div>');
}

function renderBanner(res, banner) {
  const text = banner.text;
  // expect: xss
  res.send('<script type="text/javascript">var bannerText = \'' + text + '\';</script>');
}

function renderSafeTracker(res, req) {
  const campaign = escapeJsString(lookupCampaign(req.query.utm));
  res.type('html');
  res.send('<p>Campaign recorded.</p>');
  return campaign;
}

function renderStaticLoader(res) {
  res.send('<script src="/static/app.js"></script>');
}

module.exports = { renderTracker, renderLocale, renderGreeting, renderBanner, renderSafeTracker, renderStaticLoader };
