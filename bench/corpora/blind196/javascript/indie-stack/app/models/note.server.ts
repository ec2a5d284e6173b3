import type { User, Note } from '@prisma/client';
import { randomBytes } from 'node:crypto';
import { prisma } from '~/db.server';

export type { Note } from '@prisma/client';

export function getNote({ id, userId }: Pick<Note, 'id'> & { userId: User['id'] }) {
  return prisma.note.findFirst({
    select: { id: true, body: true, title: true, shareToken: true },
    where: { id, userId },
  });
}

export function getNoteListItems({ userId }: { userId: User['id'] }) {
  return prisma.note.findMany({
    where: { userId },
    select: { id: true, title: true },
    orderBy: { updatedAt: 'desc' },
  });
}

export function searchNotes({ userId, query }: { userId: User['id']; query: string }) {
  return prisma.note.findMany({
    where: { userId, OR: [{ title: { contains: query } }, { body: { contains: query } }] },
    select: { id: true, title: true },
    take: 50,
  });
}

export function searchNotesFullText({ userId, query }: { userId: User['id']; query: string }) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe<Pick<Note, 'id' | 'title'>[]>(`SELECT id, title FROM "Note" WHERE "userId" = '${userId}' AND (title LIKE '%${query}%' OR body LIKE '%${query}%') ORDER BY "updatedAt" DESC LIMIT 50`);
}

export function countNotes({ userId }: { userId: User['id'] }) {
  return prisma.$queryRaw<{ count: number }[]>`SELECT COUNT(*) AS count FROM "Note" WHERE "userId" = ${userId}`;
}

export function createNote({ body, title, userId }: Pick<Note, 'body' | 'title'> & { userId: User['id'] }) {
  return prisma.note.create({
    data: { title, body, user: { connect: { id: userId } } },
  });
}

export function shareNote({ id, userId }: Pick<Note, 'id'> & { userId: User['id'] }) {
  return prisma.note.updateMany({
    where: { id, userId },
    data: { shareToken: randomBytes(18).toString('base64url') },
  });
}

export function getSharedNote(token: string) {
  return prisma.note.findFirst({ where: { shareToken: token }, select: { title: true, body: true, updatedAt: true } });
}

export function deleteNote({ id, userId }: Pick<Note, 'id'> & { userId: User['id'] }) {
  return prisma.note.deleteMany({ where: { id, userId } });
}
