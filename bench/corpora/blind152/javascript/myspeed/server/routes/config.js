const app = require('express').Router();
const config = require('../controller/config');
const password = require('../middlewares/password');
const { triggerEvent } = require('../controller/integrations');

const NUMERIC_KEYS = ['ping', 'download', 'upload', 'serverId'];
const STRING_KEYS = ['cron', 'provider', 'binaryArgs', 'passwordLevel'];

app.get('/', password(false), async (req, res) => {
    const list = await config.list();
    res.json(list.filter(entry => entry.key !== 'password'));
});

app.patch('/:key', password(false), async (req, res) => {
    const key = req.params.key;
    const value = req.body.value;
    if (value === undefined) return res.status(400).json({ message: 'You need to provide the new value' });

    if (NUMERIC_KEYS.includes(key) && isNaN(Number(value)))
        return res.status(400).json({ message: 'You need to provide a number in order to change this' });

    if (!NUMERIC_KEYS.includes(key) && !STRING_KEYS.includes(key))
        return res.status(404).json({ message: 'The provided key does not exist' });

    if (!await config.updateValue(key, String(value)))
        return res.status(404).json({ message: 'The provided key does not exist' });

    // expect: log-injection
    console.log(`Config ${key} changed to ${value} by ${req.headers['x-forwarded-for'] || req.ip}`);
    triggerEvent('configChanged', { key });
    res.json({ message: 'The provided key has been successfully updated' });
});

module.exports = app;
