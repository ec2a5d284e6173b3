import axios from 'axios';

const CARRIERS = {
  dhl: 'https://api.dhl.example.com/track/shipments',
  ups: 'https://onlinetools.ups.example.com/track/v1/details',
  fedex: 'https://apis.fedex.example.com/track/v1/trackingnumbers',
};

const client = axios.create({ timeout: 4000 });

export class ShippingAPI {
  async track(carrier, number) {
    const base = CARRIERS[carrier];
    if (!base) return null;
    const { data } = await client.get(base, { params: { trackingNumber: number } });
    return { carrier, status: data.status, eta: data.eta };
  }

  async trackAt(carrierUrl, number) {
    // expect: ssrf
    const { data } = await client.get(`${carrierUrl}/${encodeURIComponent(number)}`);
    return { carrier: new URL(carrierUrl).hostname, status: data.status, eta: data.eta };
  }
}
