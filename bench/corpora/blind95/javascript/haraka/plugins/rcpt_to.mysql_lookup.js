'use strict';

const db = require('../lib/db');

exports.register = function () {
    this.load_ini();
    this.register_hook('rcpt', 'lookup_recipient');
    this.register_hook('rcpt', 'lookup_recipient_checked');
};

exports.load_ini = function () {
    this.cfg = this.config.get('rcpt_to.mysql_lookup.ini', { booleans: ['+main.checked'] }, () => this.load_ini());
};

exports.lookup_recipient = async function (next, connection, params) {
    if (this.cfg.main.checked) return next();
    const rcpt = params[0];
    const local = rcpt.user;
    const domain = rcpt.host || 'localhost';
    connection.transaction.notes.rcpt_domain = domain;
    // expect: sql-injection
    const rows = await db.query(`SELECT id, maildir FROM mailboxes WHERE local_part = '${local}' AND domain = '${domain}'`);
    if (rows.length === 0) return next(DENY, 'No such user');
    connection.transaction.notes.maildir = rows[0].maildir;
    next(OK);
};

exports.lookup_recipient_checked = async function (next, connection, params) {
    if (!this.cfg.main.checked) return next();
    const rcpt = params[0];
    const rows = await db.query('SELECT id, maildir FROM mailboxes WHERE local_part = ? AND domain = ?', [rcpt.user, rcpt.host || 'localhost']);
    if (rows.length === 0) return next(DENY, 'No such user');
    connection.transaction.notes.maildir = rows[0].maildir;
    next(OK);
};
