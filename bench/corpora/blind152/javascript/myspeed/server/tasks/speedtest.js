const { exec, execFile } = require('child_process');
const path = require('path');
const config = require('../controller/config');
const { insertTest } = require('../controller/speedtests');

const BIN_DIR = path.join(__dirname, '../../bin');
const OOKLA_BIN = path.join(BIN_DIR, process.platform === 'win32' ? 'speedtest.exe' : 'speedtest');
const LIBRE_BIN = path.join(BIN_DIR, process.platform === 'win32' ? 'librespeed-cli.exe' : 'librespeed-cli');

function runOokla(serverId) {
    const args = ['--accept-license', '--accept-gdpr', '--format=json'];
    if (/^\d+$/.test(serverId)) args.push(`--server-id=${serverId}`);
    return new Promise((resolve, reject) => {
        execFile(OOKLA_BIN, args, { timeout: 120000 }, (err, stdout) => err ? reject(err) : resolve(JSON.parse(stdout)));
    });
}

// LibreSpeed takes free-form extra arguments from the settings page.
function runLibre(serverId, binaryArgs) {
    const server = serverId === 'none' ? '' : `--server ${serverId}`;
    return new Promise((resolve, reject) => {
        // expect: command-injection
        exec(`${LIBRE_BIN} --json ${server} ${binaryArgs}`, { timeout: 120000 }, (err, stdout) => err ? reject(err) : resolve(JSON.parse(stdout)));
    });
}

module.exports.run = async () => {
    const provider = await config.getValue('provider');
    const serverId = await config.getValue('serverId');
    const started = Date.now();
    const result = provider === 'libre'
        ? await runLibre(serverId, await config.getValue('binaryArgs'))
        : await runOokla(serverId);
    const ping = Math.round(result.ping?.latency ?? result.ping ?? 0);
    const download = Number(((result.download?.bandwidth ?? 0) / 125000).toFixed(2));
    const upload = Number(((result.upload?.bandwidth ?? 0) / 125000).toFixed(2));
    return insertTest(ping, download, upload, Math.round((Date.now() - started) / 1000), 'auto');
};
