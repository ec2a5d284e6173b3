import axios from 'axios';

type HookInput = { projectId: string; hookType: string; url: string; headers?: string };

const isSlackUrl = (url: string) => new URL(url).hostname === 'hooks.slack.com';

export async function testHook(hook: HookInput) {
  const payload = { text: `Test message from sorry-cypress for project ${hook.projectId}` };
  if (hook.hookType === 'SLACK_HOOK') {
    if (!isSlackUrl(hook.url)) throw new Error('Invalid Slack URL');
    await axios.post(hook.url, payload, { timeout: 5000 });
    return true;
  }
  let headers: Record<string, string> = {};
  try {
    headers = hook.headers ? JSON.parse(hook.headers) : {};
  } catch {
    headers = {};
  }
  // expect: ssrf
  await axios.post(hook.url, payload, { headers, timeout: 5000 });
  return true;
}
