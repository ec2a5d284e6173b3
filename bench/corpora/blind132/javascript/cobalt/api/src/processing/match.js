import { services } from './service-config.js';
import generic from '../services/generic.js';

export default async function match({ host, patternMatch, params }) {
    if (host === 'generic') {
        return generic({ url: patternMatch.url, quality: params.videoQuality });
    }
    const handler = services[host].handler;
    return handler({ ...patternMatch, quality: params.videoQuality, mode: params.downloadMode });
}
