import type { AuthRequest } from "../middleware/authenticate";

export type ReqContext = {
  org: { id: string; name: string; settings?: Record<string, unknown> };
  userId: string;
  email: string;
  project: string;
};

export function getContextFromReq(req: AuthRequest): ReqContext {
  if (!req.organization) {
    throw new Error("Must be part of an organization to make that request");
  }
  if (!req.userId || !req.email) {
    throw new Error("Must be logged in");
  }
  return {
    org: req.organization,
    userId: req.userId,
    email: req.email,
    project: req.currentProject || "",
  };
}

export function getEnvironmentIdsFromOrg(org: ReqContext["org"]): string[] {
  const environments = (org.settings?.environments as { id: string }[] | undefined) ?? [];
  if (!environments.length) {
    return ["dev", "production"];
  }
  return environments.map((e) => e.id);
}

export function getOrgSetting<T>(context: ReqContext, key: string, fallback: T): T {
  const settings = context.org.settings ?? {};
  return Object.prototype.hasOwnProperty.call(settings, key) ? (settings[key] as T) : fallback;
}
