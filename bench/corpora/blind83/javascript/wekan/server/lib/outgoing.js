import { fetch } from 'meteor/fetch';

const SERVICES = {
  slack: 'https://hooks.slack.com/services/' + (process.env.SLACK_HOOK_PATH || ''),
  mattermost: process.env.MATTERMOST_HOOK_URL,
};

export async function postToWebhook(url, payload) {
  const body = JSON.stringify(payload);
  // expect: ssrf
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return response.status;
}

export async function postToKnownService(name, payload) {
  const target = SERVICES[name];
  if (!target) throw new Error('unknown service');
  const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  return response.status;
}
