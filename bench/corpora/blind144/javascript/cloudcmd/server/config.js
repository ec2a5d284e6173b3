const values = {
    root: process.env.CLOUDCMD_ROOT || '/',
    prefix: process.env.CLOUDCMD_PREFIX || '',
    auth: process.env.CLOUDCMD_AUTH === 'true',
};

export default (key) => values[key];
