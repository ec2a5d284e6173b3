// Copyright 2023-2024 the Deno authors. All rights reserved. MIT license.
import type { FreshContext } from "$fresh/server.ts";
import { getSessionId } from "kv_oauth/mod.ts";
import { getUserBySession, type User } from "@/utils/db.ts";

export interface State {
  title?: string;
  description?: string;
  noIndex?: boolean;
  sessionUser?: User;
}

export type SignedInState = State & { sessionUser: User };

export function assertSignedIn(ctx: { state: State }): asserts ctx is { state: SignedInState } {
  if (ctx.state.sessionUser === undefined) {
    throw new Deno.errors.PermissionDenied("User must be signed in");
  }
}

export async function handler(req: Request, ctx: FreshContext<State>) {
  if (ctx.destination !== "route") return await ctx.next();

  const sessionId = await getSessionId(req);
  if (sessionId) {
    const user = await getUserBySession(sessionId);
    if (user) ctx.state.sessionUser = user;
  }

  const start = performance.now();
  const response = await ctx.next();
  const duration = Math.round(performance.now() - start);
  response.headers.set("Server-Timing", `fresh;dur=${duration}`);
  return response;
}
