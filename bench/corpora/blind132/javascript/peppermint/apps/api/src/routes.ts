import { FastifyInstance } from "fastify";
import { authRoutes } from "./controllers/auth";
import { ticketRoutes } from "./controllers/ticket";
import { webhookRoutes } from "./controllers/webhooks";
import { storageRoutes } from "./controllers/storage";

export function registerRoutes(fastify: FastifyInstance) {
  authRoutes(fastify);
  ticketRoutes(fastify);
  webhookRoutes(fastify);
  storageRoutes(fastify);
}
