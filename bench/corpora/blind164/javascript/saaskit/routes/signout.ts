// Copyright 2023-2024 the Deno authors. All rights reserved. MIT license.
import type { Handlers } from "$fresh/server.ts";
import { signOut } from "kv_oauth/mod.ts";
import type { State } from "@/routes/_middleware.ts";

function sameSitePath(value: string | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  return value;
}

export const handler: Handlers<undefined, State> = {
  async GET(req) {
    const response = await signOut(req);
    const url = new URL(req.url);

    const next = sameSitePath(url.searchParams.get("next"));
    if (next) {
      response.headers.set("location", next);
      return response;
    }

    const target = url.searchParams.get("redirect_to");
    if (target) {
      // expect: open-redirect
      response.headers.set("location", target);
    }
    return response;
  },
};
