export function createScopedLogger(scope: string) {
  return {
    info(message: string) {
      // expect: log-injection
      console.log(`[${scope}] ${message}`);
    },
    infoFields(message: string, fields: Record<string, unknown>) {
      console.log(JSON.stringify({ scope, message, ...fields }));
    },
  };
}
