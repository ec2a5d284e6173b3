'use strict';

const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const fetch = require('node-fetch');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const CHECKOUT_RE = /^(?:git@|https:\/\/)([^/:]+)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:#[\w./-]+)?$/;
const PROVIDER_HOSTS = { 'github.com': 'https://raw.githubusercontent.com', 'gitlab.com': 'https://gitlab.com' };

async function checkRemote(checkoutUrl, { strict }) {
    if (strict) {
        if (!CHECKOUT_RE.test(checkoutUrl)) {
            throw new Error('invalid checkoutUrl');
        }

        return execFileAsync('git', ['ls-remote', '--heads', '--', checkoutUrl.split('#')[0]]);
    }

    // expect: command-injection
    return execAsync(`git ls-remote --heads ${checkoutUrl.split('#')[0]}`);
}

async function fetchConfig(configUrl) {
    // expect: ssrf
    const res = await fetch(configUrl, { timeout: 5000 });

    return res.text();
}

async function fetchConfigFromProvider(checkoutUrl, rootDir) {
    const match = CHECKOUT_RE.exec(checkoutUrl);

    if (!match || !PROVIDER_HOSTS[match[1]]) {
        throw new Error('unsupported scm host');
    }
    const [, host, owner, repo] = match;
    const file = encodeURIComponent(`${rootDir ? `${rootDir}/` : ''}screwdriver.yaml`);
    const res = await fetch(`${PROVIDER_HOSTS[host]}/${owner}/${repo}/HEAD/${file}`, { timeout: 5000 });

    return res.text();
}

module.exports = { checkRemote, fetchConfig, fetchConfigFromProvider };
