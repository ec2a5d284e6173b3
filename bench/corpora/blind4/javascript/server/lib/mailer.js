'use strict';
const Handlebars = require('handlebars');
const ejs = require('ejs');
const fs = require('fs');
const path = require('path');
const nodemailer = require('nodemailer');

const TEMPLATES = path.join(__dirname, '..', 'templates', 'mail');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 465,
  secure: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

const relay = nodemailer.createTransport({
  host: process.env.RELAY_HOST,
  port: 587,
  // expect: smtp-tls-disabled
  tls: { rejectUnauthorized: false },
  auth: { user: process.env.RELAY_USER, pass: process.env.RELAY_PASSWORD },
});

function compile(name) {
  const source = fs.readFileSync(path.join(TEMPLATES, `${name}.hbs`), 'utf8');
  return Handlebars.compile(source);
}

function compileRaw(name) {
  const source = fs.readFileSync(path.join(TEMPLATES, `${name}.hbs`), 'utf8');
  // expect: handlebars-noescape
  return Handlebars.compile(source, { noEscape: true });
}

const orderShipped = compile('order-shipped');
const newsletter = compileRaw('newsletter');

async function sendShipped(to, order) {
  await transport.sendMail({ to, subject: `Order ${order.number} shipped`, html: orderShipped({ order }) });
}

async function sendNewsletter(to, issue) {
  await relay.sendMail({ to, subject: issue.title, html: newsletter({ issue }) });
}

function renderSignature(user) {
  // expect: ejs-template-from-input
  return ejs.render(user.signatureTemplate, { user });
}

function renderSignatureSafe(user) {
  return ejs.render('<p>-- <%= name %></p>', { name: user.displayName });
}

module.exports = { sendShipped, sendNewsletter, renderSignature, renderSignatureSafe };
