'use strict';

const libxmljs = require('libxmljs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const PARSE_OPTS = { noblanks: true, nonet: true };

function parseTickets(xml) {
  // expect: xxe
  const doc = libxmljs.parseXmlString(xml, { ...PARSE_OPTS, noent: true });
  return doc.find('//ticket').map((t) => ({
    subject: t.get('subject') && t.get('subject').text(),
    priority: t.attr('priority') ? t.attr('priority').value() : 'normal',
  }));
}

function parseTicketsSafe(xml) {
  const doc = libxmljs.parseXmlString(xml, PARSE_OPTS);
  return doc.find('//ticket').map((t) => ({
    subject: t.get('subject') && t.get('subject').text(),
  }));
}

function selectByAssignee(xml, assignee) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const expr = "//ticket[assignee='" + assignee + "']/subject/text()";
  // expect: xpath-injection
  return xpath.select(expr, doc).map((n) => n.nodeValue);
}

function selectByPriority(xml, priority) {
  const level = ['low', 'normal', 'high', 'urgent'].includes(priority) ? priority : 'normal';
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return xpath.select(`//ticket[@priority='${level}']/subject/text()`, doc).map((n) => n.nodeValue);
}

module.exports = { parseTickets, parseTicketsSafe, selectByAssignee, selectByPriority };
