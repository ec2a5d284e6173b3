import axios from 'axios';

export class Forwarder {
    constructor(private host: string) {}

    async notify(callback: string, body: string) {
        // expect: ssrf
        await axios.post(callback, body, { timeout: 5000 });
    }

    async forward(pathname: string, body: string) {
        const safePath = pathname.split('/').map(encodeURIComponent).join('/');
        await axios.post(`https://${this.host}${safePath}`, body, { timeout: 5000 });
    }
}
