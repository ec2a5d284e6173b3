"use server";

import { cookies } from "next/headers";
import { auth } from "../(auth)/auth";
import { saveChat, searchChatsByTitle, searchChatsLegacy } from "@/lib/db/queries";

export async function saveChatModelAsCookie(model: string) {
  const cookieStore = await cookies();
  cookieStore.set("chat-model", model);
}

export async function createChat({ id, message }: { id: string; message: string }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const title = message.slice(0, 80);
  await saveChat({ id, userId: session.user.id, title });
}

export async function searchChats({ query = "", legacy = false }: { query?: string; legacy?: boolean }) {
  const session = await auth();
  if (!session?.user?.id) return [];
  return legacy
    ? searchChatsLegacy({ userId: session.user.id, query })
    : searchChatsByTitle({ userId: session.user.id, query });
}
