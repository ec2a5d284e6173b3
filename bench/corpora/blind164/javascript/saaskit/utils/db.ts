// Copyright 2023-2024 the Deno authors. All rights reserved. MIT license.
import { ulid } from "$std/ulid/mod.ts";

const DENO_KV_PATH_KEY = "DENO_KV_PATH";
let path = undefined;
if ((await Deno.permissions.query({ name: "env", variable: DENO_KV_PATH_KEY })).state === "granted") {
  path = Deno.env.get(DENO_KV_PATH_KEY);
}
export const kv = await Deno.openKv(path);

export interface Item {
  id: string;
  userLogin: string;
  title: string;
  url: string;
  score: number;
}

export interface User {
  login: string;
  sessionId: string;
  isSubscribed: boolean;
  stripeCustomerId?: string;
  about?: string;
  aboutFormat?: "markdown" | "html";
}

export function randomItem(): Item {
  return { id: ulid(), userLogin: crypto.randomUUID(), title: crypto.randomUUID(), url: `http://${crypto.randomUUID()}.com`, score: 0 };
}

export async function createItem(item: Item) {
  const itemsKey = ["items", item.id];
  const itemsByUserKey = ["items_by_user", item.userLogin, item.id];
  const res = await kv.atomic()
    .check({ key: itemsKey, versionstamp: null })
    .check({ key: itemsByUserKey, versionstamp: null })
    .set(itemsKey, item)
    .set(itemsByUserKey, item)
    .commit();
  if (!res.ok) throw new Error("Failed to create item");
}

export async function getItem(id: string) {
  const res = await kv.get<Item>(["items", id]);
  return res.value;
}

export async function getUser(login: string) {
  const res = await kv.get<User>(["users", login]);
  return res.value;
}

export async function getUserBySession(sessionId: string) {
  const res = await kv.get<User>(["users_by_session", sessionId], { consistency: "eventual" });
  return res.value;
}

export async function updateUserAbout(user: User, about: string, aboutFormat: "markdown" | "html") {
  const updated = { ...user, about, aboutFormat };
  const res = await kv.atomic()
    .set(["users", user.login], updated)
    .set(["users_by_session", user.sessionId], updated)
    .commit();
  if (!res.ok) throw new Error("Failed to update user");
}
