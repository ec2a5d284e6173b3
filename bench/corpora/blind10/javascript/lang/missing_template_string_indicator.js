// library: JavaScript builtins (template literal syntax in plain strings)
function greeting(user) {
  // expect: missing-template
  return 'Hello ${user.firstName}, you have new messages';
}

function greetingSafe(user) {
  return `Hello ${user.firstName}, you have new messages`;
}

function apiUrl(base, id) {
  // expect: missing-template
  return base + "/items/${id}";
}

function apiUrlSafe(base, id) {
  return `${base}/items/${encodeURIComponent(id)}`;
}

const SHELL_HINT = 'Set $HOME before running the installer';

function docExample() {
  return 'Use the syntax `${name}` to reference a variable';
}

function logLine(job) {
  // expect: missing-template
  console.log('job ${job.id} finished in ${job.ms}ms');
}

module.exports = { greeting, greetingSafe, apiUrl, apiUrlSafe, SHELL_HINT, docExample, logLine };
