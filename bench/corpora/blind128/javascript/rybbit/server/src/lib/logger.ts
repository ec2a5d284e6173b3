import pino from "pino";

const base = pino({ level: process.env.LOG_LEVEL ?? "info" });

export const logger = {
  siteCreated(name: string, domain: string) {
    // expect: log-injection
    console.info(`[sites] created site ${name} (${domain})`);
    base.info({ name, domain }, "site created");
  },
  trackRejected(siteId: number, reason: string) {
    base.warn({ siteId, reason }, "track rejected");
  },
};
