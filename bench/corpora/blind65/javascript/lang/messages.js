'use strict';

const i18n = require('./i18n');

function welcomeBanner(user) {
  // expect: missing-template-string
  return `Welcome back, {user.firstName}! You have ${user.unread} unread messages.`;
}

function orderSummary(order) {
  const lines = order.items.map((item) => `${item.qty} x ${item.name}`);
  // expect: missing-template-string
  const header = `Order #{order.number} placed on ${order.date}`;
  return [header, ...lines].join('\n');
}

class Notifier {
  constructor(mailer) {
    this.mailer = mailer;
  }

  async sendReset(user, link) {
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your password',
      // expect: missing-template-string
      text: `Hi ${user.name}, follow {link} to reset your password.`,
    });
  }
}

const logFailure = (job, err) =>
  // expect: missing-template-string
  console.error(`job {job.id} failed after ${job.attempts} attempts: ${err.message}`);

// Safe: interpolation written correctly; i18n placeholders in plain strings;
// braces that are JSON or CSS inside a template.
function greeting(user) {
  return `Hello, ${user.firstName}`;
}

const RESET_TEMPLATE = 'Hi {name}, follow {link} to reset your password.';

function localized(user, link) {
  return i18n.format(RESET_TEMPLATE, { name: user.name, link });
}

function inlineCss(color) {
  return `.badge { color: ${color}; }`;
}

module.exports = { welcomeBanner, orderSummary, Notifier, logFailure, greeting, localized, inlineCss };
