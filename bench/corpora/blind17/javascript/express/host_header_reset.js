// library: express + nodemailer (password reset links)
const crypto = require('crypto');
const nodemailer = require('nodemailer');

const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });
const PUBLIC_URL = process.env.PUBLIC_URL || 'https://shop.example.com';

async function sendReset(req, res) {
  const token = crypto.randomBytes(32).toString('hex');
  // expect: host-header-injection
  const link = `${req.protocol}://${req.get('host')}/reset?token=${token}`;
  await mailer.sendMail({ to: req.body.email, subject: 'Reset your password', text: link });
  res.sendStatus(202);
}

async function sendVerify(req, res) {
  const token = crypto.randomBytes(32).toString('hex');
  // expect: host-header-injection
  const link = 'https://' + req.headers['x-forwarded-host'] + '/verify/' + token;
  await mailer.sendMail({ to: req.body.email, subject: 'Verify your email', text: link });
  res.sendStatus(202);
}

async function sendResetSafe(req, res) {
  const token = crypto.randomBytes(32).toString('hex');
  const link = new URL(`/reset?token=${token}`, PUBLIC_URL).href;
  await mailer.sendMail({ to: req.body.email, subject: 'Reset your password', text: link });
  res.sendStatus(202);
}

function logHost(req) {
  console.info('request for host %s', JSON.stringify(req.get('host')));
}

module.exports = { sendReset, sendVerify, sendResetSafe, logHost };
