import axios, { type AxiosResponse } from 'axios';
import type { IncomingHttpHeaders } from 'node:http';
import type { Provider, Connection, ProxyBodyConfiguration } from '@nangohq/types';
import { interpolateIfNeeded } from '../utils/utils.js';

const FORWARDED_PREFIX = 'nango-proxy-';
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'authorization', 'cookie']);

class ProxyService {
    public forwardableHeaders(headers: IncomingHttpHeaders): Record<string, string> {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(headers)) {
            if (!name.startsWith(FORWARDED_PREFIX) || typeof value !== 'string') {
                continue;
            }
            const target = name.slice(FORWARDED_PREFIX.length);
            if (!HOP_BY_HOP.has(target)) {
                out[target] = value;
            }
        }
        return out;
    }

    private providerBaseUrl(provider: Provider, connection: Connection): string {
        const base = interpolateIfNeeded(provider.proxy?.base_url || '', connection.connection_config);
        if (!/^https:\/\//.test(base)) {
            throw new Error('Provider has no https base_url');
        }
        return base.replace(/\/+$/, '');
    }

    private authHeaders(provider: Provider, connection: Connection): Record<string, string> {
        const token = (connection.credentials as { access_token?: string }).access_token;
        return token ? { Authorization: `Bearer ${token}` } : {};
    }

    public async route({ provider, connection, config }: { provider: Provider; connection: Connection; config: ProxyBodyConfiguration }): Promise<AxiosResponse> {
        const headers = { ...config.headers, ...this.authHeaders(provider, connection) };

        if (config.baseUrlOverride) {
            const base = config.baseUrlOverride.replace(/\/+$/, '');
            // expect: ssrf
            return axios.request({ url: `${base}${config.endpoint}`, method: config.method, headers, params: config.params, data: config.data, validateStatus: () => true });
        }

        const base = this.providerBaseUrl(provider, connection);
        const url = new URL(`${base}${config.endpoint}`);
        if (url.origin !== new URL(base).origin) {
            throw new Error('Endpoint escapes the provider base URL');
        }
        return axios.request({ url: url.toString(), method: config.method, headers, params: config.params, data: config.data, validateStatus: () => true });
    }
}

export const proxyService = new ProxyService();
