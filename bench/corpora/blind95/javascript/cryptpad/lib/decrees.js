const Util = require("./common-util");

const renderBroadcast = (msg) => {
    const title = msg.length > 120 ? msg.slice(0, 120) : msg;
    return `<!DOCTYPE html><html><body><div class="cp-broadcast">${title}</div></body></html>`;
};

const renderBroadcastSafe = (msg) => {
    const title = Util.escapeHTML(msg.length > 120 ? msg.slice(0, 120) : msg);
    return `<!DOCTYPE html><html><body><div class="cp-broadcast">${title}</div></body></html>`;
};

module.exports = { renderBroadcast, renderBroadcastSafe };
