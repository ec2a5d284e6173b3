'use strict';

const logger = require('./logger');

// Message builders for e-mail subjects, push notifications and logs.

function orderShippedSubject(order) {
  // expect: is-literal
  return `Your order {order.number} has shipped`;
}

function pushBody(user, count) {
  return `${user.firstName}, you have ${count} new messages`;
}

function invoiceUrl(baseUrl, invoice) {
  // expect: is-literal
  return `${baseUrl}/billing/invoices/{invoice.id}/pdf`;
}

function reminderText(event) {
  const when = event.startsAt.toLocaleString('en-GB');
  // expect: is-literal
  return `Reminder: {event.title} starts at ${when}`;
}

function syncFinished(stats) {
  // expect: is-literal
  logger.info(`sync done: {stats.created} created, {stats.updated} updated in ${stats.ms}ms`);
}

function inlineStyle(color) {
  return `.badge { color: ${color}; font-weight: 600; }`;
}

function emptyObjectLog(id) {
  logger.debug(`payload for ${id}: {}`);
}

function weeklyDigestSubject(team, week) {
  return `[${team.name}] Weekly digest, week ${week}`;
}

module.exports = {
  orderShippedSubject,
  pushBody,
  invoiceUrl,
  reminderText,
  syncFinished,
  inlineStyle,
  emptyObjectLog,
  weeklyDigestSubject,
};
