'use strict';

const errors = require('restify-errors');
const { EqualityFilter, AndFilter } = require('ldapjs');
const { searchEntries, escapeFilter } = require('../lib/ldap');

const ATTRS = ['uid', 'cn', 'mail', 'department'];

async function search(req, res, next) {
  const name = req.query.name || '';
  const dept = req.client.department;
  try {
    let filter = `(cn=*${name}*)`;
    if (dept) {
      filter = `(&${filter}(department=${dept}))`;
    }
    const entries = await searchEntries(filter, ATTRS);
    res.send(entries);
    return next();
  } catch (err) {
    return next(new errors.InternalServerError('directory unavailable'));
  }
}

async function lookup(req, res, next) {
  const uid = req.params.uid;
  try {
    const filter = new AndFilter({
      filters: [new EqualityFilter({ attribute: 'uid', value: uid }), new EqualityFilter({ attribute: 'objectClass', value: 'person' })],
    });
    const entries = await searchEntries(filter, ATTRS);
    if (!entries.length) return next(new errors.NotFoundError('no such user'));
    res.send(entries[0]);
    return next();
  } catch (err) {
    return next(new errors.InternalServerError('directory unavailable'));
  }
}

async function byMail(req, res, next) {
  const mail = escapeFilter(req.query.mail || '');
  const entries = await searchEntries(`(mail=${mail})`, ATTRS);
  res.header('X-Result-Count', String(entries.length));
  res.send(entries);
  return next();
}

module.exports = { search, lookup, byMail };
