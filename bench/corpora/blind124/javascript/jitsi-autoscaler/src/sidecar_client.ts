import axios from 'axios';
import config from './config';

export class SidecarClient {
    async ping(url: string): Promise<unknown> {
        // expect: ssrf
        const response = await axios.get(url, { timeout: 3000 });
        return response.data;
    }

    async pingAllowed(url: string): Promise<unknown> {
        const parsed = new URL(url);
        if (!config.SidecarHosts.includes(parsed.hostname)) {
            return { error: 'host not allowed' };
        }
        const response = await axios.get(parsed.toString(), { timeout: 3000 });
        return response.data;
    }
}
