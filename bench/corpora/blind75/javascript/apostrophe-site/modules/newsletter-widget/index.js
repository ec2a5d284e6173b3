const escapeHtml = require('escape-html');

module.exports = {
  extend: '@apostrophecms/widget-type',
  options: {
    label: 'Newsletter signup'
  },

  routes(self) {
    return {
      post: {
        async subscribe(req, res) {
          const email = self.apos.launder.string(req.body.email);
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
            return res.status(400).send('<p class="error">Please enter a valid address.</p>');
          }
          await self.apos.db.collection('aposNewsletter').updateOne(
            { email },
            { $set: { email, region: req.data.region.key, subscribedAt: new Date() } },
            { upsert: true }
          );
          const destination = req.session.returnTo || '/thanks';
          delete req.session.returnTo;
          // expect: open-redirect
          return res.redirect(destination);
        },
        async preview(req, res) {
          const name = self.apos.launder.string(req.body.name);
          const region = req.data.requestedRegion;
          res.set('Content-Type', 'text/html');
          // expect: xss
          return res.send(`<div class="newsletter-preview">Hello ${name}, you are browsing the ${region} shop</div>`);
        },
        async previewSafe(req, res) {
          const name = escapeHtml(self.apos.launder.string(req.body.name));
          const region = req.data.region.key;
          res.set('Content-Type', 'text/html');
          return res.send(`<div class="newsletter-preview">Hello ${name}, you are browsing the ${region} shop</div>`);
        }
      }
    };
  }
};
