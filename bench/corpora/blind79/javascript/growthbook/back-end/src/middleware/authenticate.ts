import { NextFunction, Request, Response } from "express";
import { getUserById } from "../models/UserModel";
import { getOrganizationById } from "../models/OrganizationModel";
import { verifySessionToken } from "../services/auth";

export type AuthRequest<B = unknown, P = Record<string, string>, Q = Record<string, unknown>> = Request<P, unknown, B, Q> & {
  userId?: string;
  email?: string;
  organization?: { id: string; name: string; settings?: Record<string, unknown> };
  teams?: string[];
  currentProject?: string;
};

export async function processJWT(req: AuthRequest, res: Response, next: NextFunction) {
  const token = req.cookies?.AUTH_ACCESS_TOKEN || (req.headers.authorization || "").replace(/^Bearer /, "");
  if (!token) {
    return res.status(401).json({ status: 401, message: "Missing auth token" });
  }
  const payload = await verifySessionToken(token);
  const user = await getUserById(payload.sub);
  if (!user) {
    return res.status(401).json({ status: 401, message: "User not found" });
  }
  req.userId = user.id;
  req.email = user.email;

  const orgId = req.headers["x-organization"] as string | undefined;
  if (orgId) {
    const org = await getOrganizationById(orgId);
    if (!org || !org.members.some((m) => m.id === user.id)) {
      return res.status(403).json({ status: 403, message: "Not a member of this organization" });
    }
    req.organization = org;
  }
  req.currentProject = (req.query.project as string) || "";
  next();
}
