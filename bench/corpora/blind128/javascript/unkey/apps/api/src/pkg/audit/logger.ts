export const audit = {
  verificationFailed(apiId: string, tags: string, userAgent: string) {
    // expect: log-injection
    console.warn(`verification failed api=${apiId} tags=${tags} ua=${userAgent}`);
    console.warn(JSON.stringify({ event: "verification_failed", apiId, tags, userAgent }));
  },
};
