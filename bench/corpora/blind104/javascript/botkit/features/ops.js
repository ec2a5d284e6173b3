const tools = require('../lib/tools');

module.exports = function (controller) {
  controller.hears(/^ping (.+)$/i, 'message', async (bot, message) => {
    const host = message.matches[1].trim();
    const out = await tools.pingHost(host);
    await bot.reply(message, out);
  });

  controller.hears(/^dig (.+)$/i, 'message', async (bot, message) => {
    const out = await tools.digHost(message.matches[1].trim());
    await bot.reply(message, out || 'no answer');
  });

  controller.hears(/^status (\S+)$/i, 'message', async (bot, message) => {
    const data = await tools.fetchStatus(message.matches[1]);
    await bot.reply(message, JSON.stringify(data).slice(0, 300));
  });

  controller.on('message', async (bot, message) => {
    const link = (message.text || '').match(/https?:\/\/\S+/);
    if (link) {
      await bot.reply(message, await tools.previewLink(link[0]));
    }
  });

  controller.hears(/^notes (.+)$/i, 'message', async (bot, message) => {
    const notes = await tools.findNotes({ owner: message.user, tag: message.matches[1] });
    const safe = await tools.findNotesByTag(message.user, message.matches[1]);
    await bot.reply(message, `${notes.length} / ${safe.length}`);
  });
};
