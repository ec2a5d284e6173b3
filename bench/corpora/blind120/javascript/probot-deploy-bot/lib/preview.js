const axios = require('axios');

const PREVIEW_HOSTS = new Set(['deploy-preview.example-docs.netlify.app', 'preview.example.dev']);
const PREVIEW_RE = /^Preview:\s*(\S+)/m;

async function previewPullRequest(context, body) {
  const match = PREVIEW_RE.exec(body);
  if (!match) return;
  const previewUrl = match[1];
  const parsed = new URL(previewUrl);
  let status;
  if (PREVIEW_HOSTS.has(parsed.hostname) && parsed.protocol === 'https:') {
    status = (await axios.head(parsed.href, { timeout: 5000 })).status;
  } else if (context.payload.pull_request.draft) {
    // expect: ssrf
    status = (await axios.get(previewUrl, { timeout: 5000 })).status;
  } else {
    status = 'skipped';
  }
  await context.octokit.issues.createComment(context.issue({ body: `Preview check: ${status}` }));
}

module.exports = { previewPullRequest };
