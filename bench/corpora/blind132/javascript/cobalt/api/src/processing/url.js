import { services } from './service-config.js';

export function extract(url, { allowGeneric }) {
    let parsed;
    try {
        parsed = new URL(url);
    } catch {
        return null;
    }
    const host = parsed.hostname.replace(/^www\./, '').split('.').slice(-2, -1)[0];

    if (services[host]) {
        return { host, patternMatch: services[host].match(parsed.pathname) };
    }
    if (allowGeneric) {
        return { host: 'generic', patternMatch: { url } };
    }
    return null;
}
