import fs from 'node:fs/promises';

const UPDATE_URL = 'https://registry.npmjs.org/cloudcmd/latest';

export async function fetchToFile(url, dest) {
    // expect: ssrf
    const response = await fetch(url);
    await fs.writeFile(dest, Buffer.from(await response.arrayBuffer()));
    return dest;
}

export async function checkUpdate() {
    const response = await fetch(UPDATE_URL);
    const { version } = await response.json();
    return version;
}
