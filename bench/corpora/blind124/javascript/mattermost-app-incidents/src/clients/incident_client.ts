import axios from 'axios';

class IncidentClient {
    constructor(private readonly baseUrl: string, private readonly apiKey: string) {}

    async create(incident: { title: string; service: string; priority: string; reporter: string }) {
        const response = await axios.post(`${this.baseUrl}/v2/alerts`, incident, {
            headers: { Authorization: `GenieKey ${this.apiKey}` },
            timeout: 5000,
        });
        return response.data;
    }

    async fetchRunbook(url: string): Promise<string> {
        // expect: ssrf
        const response = await axios.get(url, { timeout: 5000, responseType: 'text' });
        return response.data;
    }

    async fetchRunbookById(id: string): Promise<string> {
        const response = await axios.get(`${this.baseUrl}/v1/runbooks/${encodeURIComponent(id)}`, { timeout: 5000 });
        return response.data;
    }
}

export default new IncidentClient(process.env.OPSGENIE_URL || 'https://api.opsgenie.com', process.env.OPSGENIE_KEY || '');
