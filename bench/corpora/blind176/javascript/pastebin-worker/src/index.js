import { WorkerError } from "./common.js"
import { verifyAuth } from "./auth.js"
import { handleGet } from "./handlers/handleRead.js"
import { handlePostOrPut } from "./handlers/handleWrite.js"
import { handleDelete } from "./handlers/handleDelete.js"

function corsHeaders(env) {
  return {
    "Access-Control-Allow-Origin": env.CORS_ORIGIN || "*",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Authorization",
  }
}

async function route(request, env, ctx) {
  if (request.method === "OPTIONS") {
    return new Response(null, { headers: corsHeaders(env) })
  }
  if (request.method === "POST" || request.method === "PUT") {
    const denied = verifyAuth(request, env)
    if (denied) return denied
    return handlePostOrPut(request, env, ctx, request.method === "PUT")
  }
  if (request.method === "GET") {
    return handleGet(request, env, ctx)
  }
  if (request.method === "DELETE") {
    return handleDelete(request, env, ctx)
  }
  throw new WorkerError(405, "method not allowed")
}

export default {
  async fetch(request, env, ctx) {
    try {
      const resp = await route(request, env, ctx)
      for (const [key, value] of Object.entries(corsHeaders(env))) resp.headers.set(key, value)
      return resp
    } catch (e) {
      if (e instanceof WorkerError) {
        return new Response(`Error ${e.statusCode}: ${e.message}\n`, { status: e.statusCode, headers: corsHeaders(env) })
      }
      return new Response(`Error 500: internal error\n`, { status: 500, headers: corsHeaders(env) })
    }
  },
}
