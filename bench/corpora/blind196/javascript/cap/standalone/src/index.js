import { Elysia } from "elysia";
import { cors } from "@elysiajs/cors";
import { staticPlugin } from "@elysiajs/static";
import { auth } from "./auth.js";
import { dashboard } from "./dashboard.js";
import { assets } from "./assets.js";
import { capServer } from "./server.js";

const PORT = Number(process.env.SERVER_PORT || 3000);
const HOST = process.env.SERVER_HOSTNAME || "0.0.0.0";

new Elysia({ serve: { maxRequestBodySize: 1024 * 1024 } })
  .use(
    cors({
      origin: process.env.CORS_ORIGIN?.split(",") || true,
      methods: ["GET", "POST", "PUT", "DELETE"],
    }),
  )
  .onError(({ code, error, set }) => {
    if (code === "VALIDATION") {
      set.status = 400;
      return { success: false, error: "invalid request" };
    }
    if (error?.message === "Unauthorized") {
      set.status = 401;
      return { success: false, error: "unauthorized" };
    }
    console.error(error);
    set.status = 500;
    return { success: false };
  })
  .use(staticPlugin({ assets: "./public/login", prefix: "/login" }))
  .use(auth)
  .use(assets)
  .use(dashboard)
  .use(capServer)
  .listen({ port: PORT, hostname: HOST });

console.log(`Cap standalone running on http://${HOST}:${PORT}`);
