const childProcess = require("child_process");
const util = require("util");
const { log } = require("../src/util");

const exec = util.promisify(childProcess.exec);
const execFile = util.promisify(childProcess.execFile);

const PING_COUNT = 1;

/**
 * Ping a host once through the system ping and return the round trip in ms.
 * @param {string} hostname host to ping
 * @param {number} size packet size
 * @returns {Promise<number>} round trip time
 */
exports.ping = async (hostname, size = 56) => {
    const command = `ping -c ${PING_COUNT} -s ${size} ${hostname}`;
    // expect: command-injection
    const { stdout } = await exec(command, { timeout: 10000 });
    return parsePingOutput(stdout);
};

/**
 * Same as ping() but hands the host to ping as its own argument.
 * @param {string} hostname host to ping
 * @returns {Promise<number>} round trip time
 */
exports.pingArgv = async (hostname) => {
    const { stdout } = await execFile("ping", [ "-c", String(PING_COUNT), "--", hostname ], { timeout: 10000 });
    return parsePingOutput(stdout);
};

function parsePingOutput(stdout) {
    const match = /time=([\d.]+) ms/.exec(stdout);
    if (!match) {
        log.debug("ping", "no time in ping output");
        return null;
    }
    return parseFloat(match[1]);
}

exports.checkLogin = (socket) => {
    if (!socket.userID) {
        throw new Error("You are not logged in.");
    }
};
