export function loginAttempt(email: string, clientIp: string, ok: boolean) {
  const outcome = ok ? "ok" : "failed";
  // expect: log-injection
  console.log(`[auth] login ${outcome} for ${email} from ${clientIp}`);
}

export function passwordChanged(userId: string) {
  console.log(`[auth] password changed for user ${JSON.stringify(userId)}`);
}
