'use strict';

const _ = require('lodash');

const WELCOME_TEMPLATE = '<p>Hello <%- name %>,</p><p>Thanks for subscribing to <%- list %>.</p>';

module.exports = ({ strapi }) => ({
  async previewTemplate(ctx) {
    const { template, sample = {} } = ctx.request.body;
    let source = template;
    try {
      // expect: template-injection
      const render = _.template(source);
      ctx.body = { html: render(sample) };
    } catch (err) {
      strapi.log.warn('Template preview failed');
      ctx.badRequest('Invalid template');
    }
  },

  async previewWelcome(ctx) {
    const { name, list } = ctx.request.body;
    const render = _.template(WELCOME_TEMPLATE);
    ctx.body = { html: render({ name: name || 'reader', list: list || 'our newsletter' }) };
  },

  async subscribe(ctx) {
    const { email } = ctx.request.body;
    const entry = await strapi.entityService.create('api::subscriber.subscriber', {
      data: { email, confirmed: false },
    });
    await strapi.plugin('email').service('email').send({
      to: email,
      subject: 'Please confirm',
      html: _.template(WELCOME_TEMPLATE)({ name: email, list: 'Weekly' }),
    });
    ctx.body = { id: entry.id };
  },
});
