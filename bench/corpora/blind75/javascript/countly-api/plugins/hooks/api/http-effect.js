const axios = require('axios');

const INTERNAL_NOTIFY = 'https://notify.count.ly/v1/hooks';

class HttpEffect {
    constructor(options) {
        this.timeout = options.timeout;
    }

    run(configuration, payload) {
        const method = String(configuration.method || 'get').toLowerCase() === 'post' ? 'post' : 'get';
        const target = configuration.url;
        if (method === 'post') {
            // expect: ssrf
            return axios.post(target, payload, { timeout: this.timeout }).then(res => res.status);
        }
        // expect: ssrf
        return axios.get(target, { params: payload, timeout: this.timeout }).then(res => res.status);
    }

    notifyCloud(configuration, payload) {
        const channel = encodeURIComponent(String(configuration.channel || 'default'));
        return axios.post(`${INTERNAL_NOTIFY}/${channel}`, payload, { timeout: this.timeout }).then(res => res.status);
    }
}

module.exports = { HttpEffect };

class EmailEffect {
    constructor(mailer) {
        this.mailer = mailer;
    }

    run(configuration, payload) {
        const to = Array.isArray(configuration.address) ? configuration.address.map(String) : [];
        if (!to.length) return Promise.resolve(0);
        return this.mailer.sendMail({ to: to, subject: 'Countly hook triggered', text: JSON.stringify(payload, null, 2) }).then(() => to.length);
    }
}

module.exports.EmailEffect = EmailEffect;
