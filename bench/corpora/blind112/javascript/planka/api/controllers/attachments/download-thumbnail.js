const path = require('path');
const fs = require('fs');

module.exports = {
  inputs: {
    id: { type: 'string', regex: /^[0-9]+$/, required: true },
    filename: { type: 'string', required: true },
  },

  async fn(inputs, exits) {
    const attachment = await Attachment.findOne(inputs.id);
    if (!attachment) {
      throw 'attachmentNotFound';
    }

    const dir = path.join(sails.helpers.utils.attachmentDir(attachment), 'thumbnails');
    const filePath = path.resolve(dir, path.basename(inputs.filename));
    if (!filePath.startsWith(dir + path.sep)) {
      throw 'attachmentNotFound';
    }

    this.res.type('image/jpeg');
    return exits.success(fs.createReadStream(filePath));
  },
};
