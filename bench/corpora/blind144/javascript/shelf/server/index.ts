import express from "express";
import { createRequestHandler } from "@remix-run/express";
import { getSession } from "./session";

const app = express();

app.all(
  "*",
  createRequestHandler({
    // @ts-expect-error the build is generated at compile time
    build: () => import("../build/index.js"),
    getLoadContext: async (req) => {
      const session = await getSession(req.headers.cookie);
      return {
        getSession: () => session,
        organizationId: String(req.query.org ?? session.get("organizationId") ?? ""),
        isAdmin: session.get("role") === "ADMIN",
      };
    },
  })
);

app.listen(process.env.PORT || 3000);
