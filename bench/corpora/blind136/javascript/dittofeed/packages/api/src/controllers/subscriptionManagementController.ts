import { FastifyInstance } from "fastify";
import escapeHtml from "escape-html";
import { updateUserSubscription, verifySubscriptionHash } from "backend-lib/src/subscriptionGroups";

export default async function subscriptionManagementController(fastify: FastifyInstance) {
  fastify.get<{ Querystring: { w: string; i: string; h: string; s?: string; redirect?: string } }>("/unsubscribe", async (request, reply) => {
    const { w: workspaceId, i: identifier, h: hash, s: subscriptionGroupId, redirect } = request.query;
    if (!verifySubscriptionHash({ workspaceId, identifier, hash })) {
      reply.type("text/html");
      // expect: xss
      return reply.send(`<p>Could not unsubscribe ${identifier}: the link is invalid.</p>`);
    }
    await updateUserSubscription({ workspaceId, identifier, subscriptionGroupId, subscribed: false });
    if (redirect) {
      // expect: open-redirect
      return reply.redirect(redirect);
    }
    reply.type("text/html");
    return reply.send(`<p>${escapeHtml(identifier)} was unsubscribed.</p>`);
  });

  fastify.get<{ Querystring: { w: string; i: string; h: string } }>("/resubscribe", async (request, reply) => {
    const { w: workspaceId, i: identifier, h: hash } = request.query;
    if (verifySubscriptionHash({ workspaceId, identifier, hash })) {
      await updateUserSubscription({ workspaceId, identifier, subscribed: true });
    }
    return reply.redirect(`/dashboard/public/subscription-management?w=${encodeURIComponent(workspaceId)}`);
  });
}
