const escapeHtml = require('escape-html');

module.exports = function (controller) {
  controller.webserver.get('/greet', (req, res) => {
    const name = req.query.name || 'friend';
    // expect: xss
    res.send(`<html><body><h1>Hello ${name}</h1></body></html>`);
  });

  controller.webserver.get('/greet-safe', (req, res) => {
    const name = escapeHtml(req.query.name || 'friend');
    res.send(`<html><body><h1>Hello ${name}</h1></body></html>`);
  });

  controller.hears('whoami', 'message', async (bot, message) => {
    await bot.reply(message, { type: 'message', text: `You are ${message.displayName}` });
  });
};
