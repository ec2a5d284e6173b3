const path = require('path');

module.exports = {
  sync: true,

  inputs: {
    attachment: { type: 'ref', required: true },
  },

  fn(inputs) {
    return path.join(sails.config.custom.attachmentsPath, String(inputs.attachment.dirname));
  },
};
