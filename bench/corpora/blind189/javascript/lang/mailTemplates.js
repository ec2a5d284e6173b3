'use strict';

const { createEngine } = require('./miniTemplate'); // our Mustache-style engine; escapes {{ }} unless told not to
const { loadTemplate } = require('./templateStore');

// Two engines: HTML mails and the plain-text alternative part.
const htmlEngine = createEngine();
const textEngine = createEngine();

// The text part is sent as text/plain: no markup to escape there.
textEngine.escapeMarkup = false;

htmlEngine.filters.money = function (cents) {
  return (Number(cents) / 100).toFixed(2);
};

function renderText(name, context) {
  return textEngine.render(loadTemplate(name, 'txt'), context);
}

function renderHtml(name, context) {
  return htmlEngine.render(loadTemplate(name, 'html'), context);
}

// Support replies quote the customer's message in the HTML body.
function configureSupportEngine(engine) {
  engine.filters.quote = function (text) {
    return '> ' + String(text).split('\n').join('\n> ');
  };
  // Agents wanted line breaks and links in quoted tickets to survive.
  // expect: xss
  engine.escapeMarkup = false;
  return engine;
}

const supportEngine = configureSupportEngine(createEngine());

function renderSupportReply(ticket, agent) {
  return supportEngine.render(loadTemplate('support-reply', 'html'), {
    customerName: ticket.customerName,
    customerMessage: ticket.body,
    agentName: agent.displayName,
  });
}

function renderReceipt(order) {
  return {
    html: renderHtml('receipt', { order }),
    text: renderText('receipt', { order }),
  };
}

module.exports = { renderReceipt, renderSupportReply, renderText, renderHtml };
