'use strict';

const { exec, execFile } = require('child_process');

exports.register = function () {
    this.register_hook('data_post', 'check_spam');
};

exports.check_spam = function (next, connection) {
    const txn = connection.transaction;
    const sender = txn.mail_from.address();
    const useUserPrefs = this.config.get('spamassassin_cli.user_prefs') === 'true';
    if (useUserPrefs) {
        // expect: command-injection
        exec(`spamc -u ${sender} -c < ${txn.uuid}.eml`, (err, stdout) => {
            txn.notes.spam_score = parseFloat(stdout);
            next();
        });
        return;
    }
    execFile('spamc', ['-c', '-u', String(sender).replace(/[^\w@.+-]/g, '')], (err, stdout) => {
        txn.notes.spam_score = parseFloat(stdout);
        next();
    });
};
