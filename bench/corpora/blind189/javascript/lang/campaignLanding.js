'use strict';

const { getQueryParam, getCookie } = require('./requestHelpers');
const { renderLayout } = require('./layout');

// Landing pages for ad campaigns: the tracking snippet records which campaign
// and which ad variant brought the visitor here.
function landingPage(req, res, page) {
  const campaign = getQueryParam(req, 'utm_campaign');
  const variant = getQueryParam(req, 'v');
  const visitorId = getCookie(req, 'vid');

  // expect: xss
  const tracking = res.locals.inlineScript('<script>window.__campaign = "' + campaign + '"; window.__variant = "' + variant + '";</script>');

  const safeState = JSON.stringify({ visitorId: visitorId || null, page: page.slug }).replace(/</g, '\\u003c');
  const boot = res.locals.inlineScript('<script>window.__boot = ' + safeState + ';</script>');

  res.send(
    renderLayout({
      title: page.title,
      head: tracking + boot,
      body: page.html,
    })
  );
}

function analyticsTag(res) {
  const siteId = process.env.ANALYTICS_SITE_ID;
  return res.locals.inlineScript('<script async src="https://stats.example.com/tag.js" data-site="' + encodeURIComponent(siteId) + '"></script>');
}

module.exports = { landingPage, analyticsTag };
