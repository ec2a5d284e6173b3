const app = require('express').Router();
const nodes = require('../controller/node');
const password = require('../middlewares/password');

app.get('/', password(false), async (req, res) => {
    res.json(await nodes.list());
});

app.post('/check', password(false), async (req, res) => {
    const { url, password: nodePassword = '' } = req.body || {};
    if (!url) return res.status(400).json({ message: 'Missing url' });
    const result = await nodes.checkNode(String(url), String(nodePassword));
    res.json(result);
});

app.post('/', password(false), async (req, res) => {
    const { name, url, password: nodePassword = '' } = req.body || {};
    if (!name || !url) return res.status(400).json({ message: 'Missing name or url' });
    const check = await nodes.checkNode(String(url), String(nodePassword));
    if (check === 'INVALID_URL') return res.status(400).json({ message: 'The node could not be reached' });
    try {
        const node = await nodes.create(String(name), String(url), String(nodePassword));
        res.json({ id: node.id });
    } catch (e) {
        res.status(400).json({ message: e.message });
    }
});

app.all('/:nodeId/*', password(false), async (req, res) => {
    const node = await nodes.getOne(Number(req.params.nodeId));
    if (!node) return res.status(404).json({ message: 'Node not found' });
    const data = await nodes.proxyStored(node, req.params[0], req.method);
    res.status(data.status).json(data.body);
});

module.exports = app;
