import fp from "fastify-plugin";
import jwt from "jsonwebtoken";
import { getConfig } from "@app/lib/config/env";
import { UnauthorizedError } from "@app/lib/errors";

export enum AuthMode {
  JWT = "jwt",
  IDENTITY_ACCESS_TOKEN = "identityAccessToken",
  SERVICE_TOKEN = "serviceToken"
}

export type TAuthPermission = {
  type: AuthMode;
  id: string;
  orgId: string;
  authMethod: string | null;
};

export const injectIdentity = fp(async (server) => {
  server.decorateRequest("permission", null);
  server.decorateRequest("auditLogInfo", null);

  server.addHook("onRequest", async (req) => {
    const authHeader = req.headers.authorization;
    if (!authHeader) return;

    const [scheme, token] = authHeader.split(" ", 2);
    if (scheme !== "Bearer" || !token) {
      throw new UnauthorizedError({ message: "Missing bearer token" });
    }

    const appCfg = getConfig();
    const decoded = jwt.verify(token, appCfg.AUTH_SECRET, { algorithms: ["HS256"] }) as {
      userId: string;
      organizationId: string;
      authMethod?: string;
    };

    req.permission = {
      type: AuthMode.JWT,
      id: decoded.userId,
      orgId: decoded.organizationId,
      authMethod: decoded.authMethod ?? null
    };
    req.auditLogInfo = {
      ipAddress: req.ip,
      userAgent: req.headers["user-agent"] ?? "",
      actorOrgId: (req.headers["x-infisical-org-id"] as string) || decoded.organizationId
    };
  });
});
