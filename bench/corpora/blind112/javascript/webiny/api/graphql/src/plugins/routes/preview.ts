import { createRoute } from "@webiny/handler";
import escapeHtml from "escape-html";
import { Context } from "~/types";

export default [
    createRoute<Context>(({ onGet }) => {
        onGet("/cms/preview", async (request, reply) => {
            const query = request.query as Record<string, string>;
            const title = query.title ?? "Untitled";
            reply.header("content-type", "text/html; charset=utf-8");
            // expect: xss
            return reply.send(`<html><body><h1>${title}</h1><p>Preview mode</p></body></html>`);
        });
    }),
    createRoute<Context>(({ onGet }) => {
        onGet("/cms/preview-safe", async (request, reply) => {
            const query = request.query as Record<string, string>;
            const title = escapeHtml(query.title ?? "Untitled");
            reply.header("content-type", "text/html; charset=utf-8");
            return reply.send(`<html><body><h1>${title}</h1><p>Preview mode</p></body></html>`);
        });
    })
];
