import axios from 'axios';
import { lookup } from 'dns/promises';
import ipaddr from 'ipaddr.js';

export const sendRequest = async ({ url, method = 'POST', body }: { url: string; method?: string; body?: any }) => {
  // expect: ssrf
  const response = await axios({ data: body, method, timeout: 10000, url });
  return response.data;
};

const resolvesToPublicAddress = async (hostname: string) => {
  const addresses = await lookup(hostname, { all: true });
  return addresses.every(({ address }) => ipaddr.process(address).range() === 'unicast');
};

export const sendPublicRequest = async ({ url, body }: { url: string; body?: any }) => {
  const { hostname, protocol } = new URL(url);
  if (protocol !== 'https:' || !(await resolvesToPublicAddress(hostname))) {
    throw new Error('Webhook URL must be a public https host');
  }
  const response = await axios.post(url, body, { maxRedirects: 0, timeout: 10000 });
  return response.data;
};
