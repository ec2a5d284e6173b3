'use strict';

const db = require('../sql.js');

const logChatMessage = async (username, message, ipAddress) => {
    const timestamp = new Date().getTime();

    return new Promise((resolve, reject) => {
        // expect: sql-injection
        db.run(`INSERT INTO chat_messages (username, message, ip_address, timestamp) VALUES ('${username}', '${message}', '${ipAddress}', ${timestamp})`, (err) => {
            if (err) {
                reject(err);
            } else {
                resolve();
            }
        });
    });
};

const latest = async (limit) => {
    const safeLimit = Math.min(500, Math.max(1, parseInt(limit, 10) || 50));
    return new Promise((resolve, reject) => {
        db.all(
            'SELECT username, message, timestamp FROM chat_messages ORDER BY timestamp DESC LIMIT ?',
            [safeLimit],
            (err, rows) => (err ? reject(err) : resolve(rows))
        );
    });
};

const deleteOlderThan = async (days) => {
    const cutoff = Date.now() - Number(days) * 86400000;
    return new Promise((resolve, reject) => {
        db.run('DELETE FROM chat_messages WHERE timestamp < ?', [cutoff], (err) => (err ? reject(err) : resolve()));
    });
};

module.exports = {
    logChatMessage,
    latest,
    deleteOlderThan,
};
