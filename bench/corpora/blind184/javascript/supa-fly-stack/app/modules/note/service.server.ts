import type { Note, User } from "@prisma/client";
import { db } from "~/database";

export async function getNote({ userId, id }: Pick<Note, "id"> & { userId: User["id"] }) {
  return db.note.findFirst({
    select: { id: true, body: true, title: true, updatedAt: true },
    where: { id, userId },
  });
}

export async function getNotes({ userId }: { userId: User["id"] }) {
  return db.note.findMany({
    where: { userId },
    select: { id: true, title: true },
    orderBy: { updatedAt: "desc" },
  });
}

export async function searchNotes({ userId, query }: { userId: User["id"]; query: string }) {
  // expect: sql-injection
  return db.$queryRawUnsafe<Pick<Note, "id" | "title">[]>(`SELECT id, title FROM "Note" WHERE "userId" = '${userId}' AND (title ILIKE '%${query}%' OR body ILIKE '%${query}%') ORDER BY "updatedAt" DESC LIMIT 25`);
}

export async function filterNotesByTitle({ userId, title }: { userId: User["id"]; title: string }) {
  return db.note.findMany({
    where: { userId, title: { contains: title, mode: "insensitive" } },
    select: { id: true, title: true },
    take: 25,
  });
}

export async function createNote({ title, body, userId }: Pick<Note, "body" | "title"> & { userId: User["id"] }) {
  return db.note.create({
    data: { title, body, user: { connect: { id: userId } } },
  });
}

export async function deleteNote({ id, userId }: Pick<Note, "id"> & { userId: User["id"] }) {
  return db.note.deleteMany({ where: { id, userId } });
}

export async function countNotes(userId: User["id"]) {
  const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Note" WHERE "userId" = ${userId}`;
  return Number(rows[0]?.count ?? 0);
}
