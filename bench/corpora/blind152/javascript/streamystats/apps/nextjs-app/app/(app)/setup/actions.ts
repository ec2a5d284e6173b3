"use server";

import { db, servers } from "@streamystats/database";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getMe } from "@/lib/db/users";
import { fetchSystemInfo, fetchSystemInfoForServer } from "@/lib/jellyfin";

export type CreateServerState = { ok: boolean; error?: string; id?: number };

export async function createServer(_prev: CreateServerState, formData: FormData): Promise<CreateServerState> {
  const me = await getMe();
  if (!me?.isAdmin) return { ok: false, error: "Only administrators can add servers" };

  const name = String(formData.get("name") ?? "").trim();
  const url = String(formData.get("url") ?? "").trim().replace(/\/+$/, "");
  const apiKey = String(formData.get("apiKey") ?? "");
  if (!name || !url || !apiKey) return { ok: false, error: "All fields are required" };

  const info = await fetchSystemInfo(url, apiKey);
  if (!info) return { ok: false, error: "Could not reach the Jellyfin server" };

  const [row] = await db
    .insert(servers)
    .values({ name, url, apiKey, version: info.Version, productName: info.ProductName })
    .returning({ id: servers.id });
  revalidatePath("/servers");
  return { ok: true, id: row.id };
}

export async function refreshServerInfo(serverId: number): Promise<CreateServerState> {
  const me = await getMe();
  if (!me) return { ok: false, error: "Not signed in" };
  const server = await db.query.servers.findFirst({ where: eq(servers.id, serverId) });
  if (!server) return { ok: false, error: "Unknown server" };
  const info = await fetchSystemInfoForServer(server);
  if (!info) return { ok: false, error: "Server unreachable" };
  await db.update(servers).set({ version: info.Version }).where(eq(servers.id, serverId));
  return { ok: true, id: serverId };
}
