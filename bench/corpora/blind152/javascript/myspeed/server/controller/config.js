const config = require('../models/Config');

const defaults = {
    ping: '25',
    download: '100',
    upload: '50',
    serverId: 'none',
    provider: 'ookla',
    binaryArgs: '',
    cron: '0 * * * *',
    passwordLevel: 'none',
};

module.exports.insertDefaults = async () => {
    for (const key of Object.keys(defaults)) {
        if (!(await config.findOne({ where: { key } })))
            await config.create({ key, value: defaults[key] });
    }
};

module.exports.list = async () => {
    return config.findAll();
};

module.exports.getValue = async (key) => {
    const entry = await config.findOne({ where: { key } });
    return entry === null ? defaults[key] : entry.value;
};

module.exports.updateValue = async (key, newValue) => {
    if (!(key in defaults)) return false;
    await config.update({ value: newValue }, { where: { key } });
    return true;
};
