const postmark = require('postmark');

const client = new postmark.ServerClient(process.env.POSTMARK_SERVER_KEY || '');

exports.sendEmail = ({ to, html }) =>
  client.sendEmail({ From: 'hi@spectrum.chat', To: to, Subject: 'Thread edited', HtmlBody: html });
