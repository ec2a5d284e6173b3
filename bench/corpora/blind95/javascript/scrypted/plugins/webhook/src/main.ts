import sdk, { HttpRequest, HttpRequestHandler, HttpResponse, ScryptedDeviceBase, Settings, Setting } from '@scrypted/sdk';
import { Forwarder } from './forwarder';

class WebhookPlugin extends ScryptedDeviceBase implements HttpRequestHandler, Settings {
    forwarder = new Forwarder(this.storage.getItem('forwardHost') || 'hooks.example.com');

    async getSettings(): Promise<Setting[]> {
        return [{ key: 'forwardHost', title: 'Forward Host', value: this.storage.getItem('forwardHost') }];
    }

    async putSetting(key: string, value: string) {
        this.storage.setItem(key, value);
    }

    async onRequest(request: HttpRequest, response: HttpResponse) {
        const params = new URL(request.url, 'http://localhost').searchParams;
        const callback = params.get('callback');
        if (callback) {
            await this.forwarder.notify(callback, request.body);
        }
        await this.forwarder.forward(params.get('path') || '/', request.body);
        response.send('OK');
    }
}

export default WebhookPlugin;
