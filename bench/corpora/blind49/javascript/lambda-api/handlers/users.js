'use strict';

const users = require('../lib/users');
const { json, html, redirect, parseBody } = require('../lib/response');

const LANDING = {
  docs: 'https://docs.example.com/',
  status: 'https://status.example.com/',
};

exports.list = async (event) => {
  const qs = event.queryStringParameters || {};
  try {
    const rows = await users.byTeam(qs.team || 'core', qs.role || 'member');
    return json(200, rows);
  } catch (err) {
    console.error(err);
    return json(500, { error: 'query failed' });
  }
};

exports.listSafe = async (event) => {
  const { team = 'core', role = 'member' } = event.queryStringParameters ?? {};
  return json(200, await users.byTeamSafe(team, role));
};

exports.lookup = async (event) => {
  const { email } = parseBody(event);
  return json(200, await users.byEmail(email));
};

exports.profileCard = async (event) => {
  const name = (event.pathParameters && event.pathParameters.name) || 'user';
  const markup = [];
  markup.push('<div class="card">');
  markup.push(`<h3>${name}</h3>`);
  markup.push('</div>');
  // expect: xss
  return html(200, markup.join('\n'));
};

exports.profileCardEncoded = async (event) => {
  const name = encodeURIComponent((event.pathParameters && event.pathParameters.name) || 'user');
  return html(200, `<div class="card"><a href="/u/${name}">profile</a></div>`);
};

exports.go = async (event) => {
  const dest = event.queryStringParameters && event.queryStringParameters.dest;
  const target = LANDING[dest] || LANDING.docs;
  return redirect(target);
};

exports.back = async (event) => {
  const headers = event.headers || {};
  const target = (event.queryStringParameters || {}).next || headers.Referer || '/';
  // expect: open-redirect
  return redirect(target);
};
