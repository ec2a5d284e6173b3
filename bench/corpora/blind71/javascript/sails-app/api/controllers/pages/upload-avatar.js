module.exports = {

  friendlyName: 'Upload avatar',

  files: ['avatar'],

  inputs: {
    avatar: { type: 'ref', required: true },
    width: { type: 'string' },
    caption: { type: 'string' },
  },

  fn: async function ({ avatar, width, caption }) {
    const info = await sails.uploadOne(avatar, { dirname: sails.config.uploads.dir });
    let size = Number.parseInt(width, 10);
    if (Number.isNaN(size)) {
      size = 256;
    }
    const converted = await sails.helpers.media.convert.with({
      source: info.fd,
      width: size,
      format: 'png',
      watermark: caption || '',
    });
    await User.updateOne({ id: this.req.me.id }).set({ avatarFd: converted });
    return { avatar: converted };
  },

};
