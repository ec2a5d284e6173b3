import Fastify from "fastify";
import { registerRoutes } from "./routes";

const server = Fastify({ logger: true, trustProxy: true });

// filled once per request; the controllers read request.clientIp
server.decorateRequest("clientIp", "");
server.addHook("onRequest", async (request) => {
  const forwarded = request.headers["x-forwarded-for"];
  (request as any).clientIp = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? request.ip;
});

registerRoutes(server);

server.listen({ port: 5003, host: "0.0.0.0" });
