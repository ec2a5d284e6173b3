const path = require('path');
const nunjucks = require('nunjucks');

const env = new nunjucks.Environment(
  new nunjucks.FileSystemLoader(path.join(__dirname, 'views')),
  { autoescape: true }
);

module.exports = {
  options: {
    alias: 'emailTemplate'
  },

  methods(self) {
    return {
      renderStored(name, data) {
        const allowed = ['order-confirmation.html', 'shipping.html', 'newsletter.html'];
        const file = allowed.includes(name) ? name : 'newsletter.html';
        return env.render(file, data);
      },
      renderCustom(source, data) {
        // expect: template-injection
        return env.renderString(source, data);
      }
    };
  },

  apiRoutes(self) {
    return {
      post: {
        async preview(req) {
          if (!req.user) {
            throw self.apos.error('forbidden');
          }
          const data = { user: { title: req.user.title }, region: req.data.region };
          if (req.body.template) {
            return { html: self.renderCustom(req.body.template, data) };
          }
          return { html: self.renderStored(self.apos.launder.string(req.body.name), data) };
        }
      }
    };
  }
};
