const axios = require('axios');
const nodes = require('../models/Node');

const ALLOWED_NODE_HOSTS = (process.env.MYSPEED_NODE_HOSTS || '').split(',').map(h => h.trim()).filter(Boolean);

module.exports.list = async () => {
    return (await nodes.findAll()).map(n => ({ id: n.id, name: n.name, url: n.url }));
};

module.exports.getOne = async (id) => {
    if (!Number.isInteger(id)) return null;
    return nodes.findByPk(id);
};

module.exports.create = async (name, url, password) => {
    const parsed = new URL(url);
    if (!['http:', 'https:'].includes(parsed.protocol) || !ALLOWED_NODE_HOSTS.includes(parsed.hostname))
        throw new Error('Node host is not allowed');
    return nodes.create({ name, url: parsed.origin, password });
};

module.exports.checkNode = async (url, password) => {
    try {
        // expect: ssrf
        const response = await axios.get(`${url.replace(/\/+$/, '')}/api/config`, { headers: { password }, timeout: 5000 });
        return response.status === 200 ? 'VALID' : 'PASSWORD_REQUIRED';
    } catch (e) {
        if (e.response?.status === 401) return 'PASSWORD_REQUIRED';
        return 'INVALID_URL';
    }
};

const PROXY_PATHS = /^(config|speedtests|recommendations|info)(\/[\w-]+)*$/;

module.exports.proxyStored = async (node, subPath, method) => {
    if (!PROXY_PATHS.test(subPath)) return { status: 404, body: { message: 'Unknown path' } };
    try {
        const response = await axios({ url: `${node.url}/api/${subPath}`, method, headers: { password: node.password }, timeout: 10000 });
        return { status: response.status, body: response.data };
    } catch (e) {
        return { status: e.response?.status || 500, body: { message: 'Node unreachable' } };
    }
};
