'use strict';

const db = require('../sql.js');

const logFailedLoginAttempt = async (username, ipAddress) => {
    return new Promise((resolve, reject) => {
        db.run(
            'INSERT INTO failed_login_attempts (username, ip_address) VALUES (?, ?)',
            [username, ipAddress],
            (err) => {
                if (err) {
                    reject(err);
                } else {
                    resolve();
                }
            }
        );
    });
};

const countFailedAttempts = async (ipAddress) => {
    return new Promise((resolve, reject) => {
        db.get(
            'SELECT COUNT(*) AS total FROM failed_login_attempts WHERE ip_address = ?',
            [ipAddress],
            (err, row) => (err ? reject(err) : resolve(row ? row.total : 0))
        );
    });
};

module.exports = {
    logFailedLoginAttempt,
    countFailedAttempts,
};
