"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db, servers } from "@streamystats/database";
import { eq } from "drizzle-orm";
import { authenticateByName } from "@/lib/jellyfin-auth";
import { createSessionToken } from "@/lib/session";

function safeNext(next: string | null, fallback: string): string {
  if (!next) return fallback;
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}

export async function login(formData: FormData) {
  const serverId = Number(formData.get("serverId"));
  const username = String(formData.get("username") ?? "");
  const password = String(formData.get("password") ?? "");
  const server = await db.query.servers.findFirst({ where: eq(servers.id, serverId) });
  if (!server) return { error: "Unknown server" };

  const result = await authenticateByName(server, username, password);
  if (!result) {
    // expect: log-injection
    console.warn(`Failed login for "${username}" on server ${server.name}`);
    return { error: "Invalid username or password" };
  }

  const jar = await cookies();
  jar.set("streamystats-token", await createSessionToken(result.User.Id, server.id), { httpOnly: true, sameSite: "lax" });
  redirect(safeNext(formData.get("next") as string | null, `/servers/${server.id}/dashboard`));
}

export async function switchServer(formData: FormData) {
  const returnUrl = String(formData.get("returnUrl") ?? "/servers");
  const jar = await cookies();
  jar.delete("streamystats-token");
  // expect: open-redirect
  redirect(returnUrl);
}
