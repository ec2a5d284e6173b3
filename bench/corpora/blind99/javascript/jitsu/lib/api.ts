import type { NextApiRequest, NextApiResponse } from "next";
import { z, ZodType } from "zod";
import { getUser, SessionUser } from "./server/auth";
import { verifyAccess } from "./server/workspace-access";

type RouteSpec<Q extends ZodType, B extends ZodType> = { auth?: boolean; query?: Q; body?: B };
type Handler<Q, B> = (props: { req: NextApiRequest; res: NextApiResponse; user: SessionUser; query: Q; body: B }) => Promise<any>;

export function createRoute() {
  const routes: Record<string, { spec: RouteSpec<any, any>; handler: Handler<any, any> }> = {};
  const builder = {
    GET<Q extends ZodType, B extends ZodType>(spec: RouteSpec<Q, B>) {
      return { handler: (h: Handler<z.infer<Q>, z.infer<B>>) => ((routes.GET = { spec, handler: h }), builder) };
    },
    POST<Q extends ZodType, B extends ZodType>(spec: RouteSpec<Q, B>) {
      return { handler: (h: Handler<z.infer<Q>, z.infer<B>>) => ((routes.POST = { spec, handler: h }), builder) };
    },
    toNextApiHandler() {
      return async (req: NextApiRequest, res: NextApiResponse) => {
        const route = routes[req.method || "GET"];
        if (!route) return res.status(405).end();
        const user = route.spec.auth ? await getUser(res, req) : undefined;
        if (route.spec.auth && !user) return res.status(401).json({ error: "Authorization Required" });
        const query = route.spec.query ? route.spec.query.parse(req.query) : req.query;
        const body = route.spec.body ? route.spec.body.parse(req.body) : req.body;
        if (query?.workspaceId && user) await verifyAccess(user, query.workspaceId);
        const result = await route.handler({ req, res, user: user as SessionUser, query, body });
        if (!res.headersSent) res.status(200).json(result ?? { ok: true });
      };
    },
  };
  return builder;
}
