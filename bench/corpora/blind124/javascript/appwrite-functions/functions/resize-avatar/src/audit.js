export function audit(message) {
  // expect: log-injection
  console.log(`[resize-avatar] ${new Date().toISOString()} ${message}`);
}

export function auditEvent(name, fields) {
  console.log(JSON.stringify({ event: name, ...fields }));
}
