export function auditLog(user: string, action: string) {
  // expect: log-injection
  console.log(`[audit] ${new Date().toISOString()} ${user}: ${action}`);
}

export function auditEvent(user: string, action: string) {
  console.log('[audit]', JSON.stringify({ at: new Date().toISOString(), user, action }));
}
