const path = require('path');
const fs = require('fs');

module.exports = {
  inputs: {
    id: { type: 'string', regex: /^[0-9]+$/, required: true },
    filename: { type: 'string', required: true },
  },

  exits: {
    attachmentNotFound: { responseType: 'notFound' },
  },

  async fn(inputs, exits) {
    const attachment = await Attachment.findOne(inputs.id);
    if (!attachment) {
      throw 'attachmentNotFound';
    }

    const dir = sails.helpers.utils.attachmentDir(attachment);
    const filePath = path.join(dir, inputs.filename);

    this.res.type(inputs.filename);
    this.res.setHeader('Cache-Control', 'private, max-age=900');

    // expect: path-traversal
    return exits.success(fs.createReadStream(filePath));
  },
};
