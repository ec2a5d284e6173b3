import fetch from 'node-fetch';
import { lightdashConfig } from '../config/lightdashConfig';

export class UnfurlService {
    async fetchPreviewImage(imageUrl: string) {
        const siteUrl = new URL(lightdashConfig.siteUrl);
        const parsed = new URL(imageUrl, siteUrl);
        if (parsed.origin !== siteUrl.origin) {
            throw new Error('Preview images must come from this Lightdash instance');
        }
        const res = await fetch(parsed.toString());
        return res.buffer();
    }

    async fetchExternalImage(imageUrl: string) {
        // expect: ssrf
        const res = await fetch(imageUrl, { timeout: 5000 });
        return res.buffer();
    }
}
