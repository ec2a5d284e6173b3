import { lookup } from 'dns/promises';
import ipaddr from 'ipaddr.js';

const BLOCKED_HOSTNAMES = new Set(['localhost', 'metadata.google.internal']);

/**
 * A webhook target must be https, on the default port, and resolve only to unicast public addresses.
 */
export const isAllowedWebhookUrl = async (value: string): Promise<boolean> => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || (url.port && url.port !== '443')) {
    return false;
  }
  if (BLOCKED_HOSTNAMES.has(url.hostname.toLowerCase())) {
    return false;
  }
  try {
    const records = await lookup(url.hostname, { all: true });
    return records.length > 0 && records.every((record) => ipaddr.parse(record.address).range() === 'unicast');
  } catch {
    return false;
  }
};

export const describeWebhook = (value: string): string => {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname.length > 1 ? '/…' : ''}`;
  } catch {
    return 'invalid url';
  }
};
