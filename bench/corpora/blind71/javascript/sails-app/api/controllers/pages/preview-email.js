module.exports = {

  friendlyName: 'Preview email',

  description: 'Render a notification email with sample data for the template editor.',

  inputs: {
    template: { type: 'string', defaultsTo: '' },
    layout: { type: 'string', isIn: ['basic', 'branded'], defaultsTo: 'basic' },
  },

  exits: {
    success: { outputType: 'string' },
  },

  fn: async function ({ template, layout }) {
    const LAYOUTS = {
      basic: _.template('<div><%- body %></div>'),
      branded: _.template('<div class="brand"><%- body %></div>'),
    };
    const sample = { fullName: this.req.me.fullName, organization: this.req.me.organization };
    let body = '';
    try {
      // expect: template-injection
      body = _.template(template)(sample);
    } catch (err) {
      body = '';
    }
    this.res.set('Content-Type', 'text/html');
    return LAYOUTS[layout]({ body });
  },

};
