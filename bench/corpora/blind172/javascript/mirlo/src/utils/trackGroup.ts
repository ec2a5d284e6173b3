import prisma from "@mirlo/prisma";
import { Prisma } from "@mirlo/prisma/client";

import processTrackGroup from "./processTrackGroup";

type TrackGroupRow = {
  id: number;
  title: string;
  urlSlug: string;
  artistId: number;
  releaseDate: Date;
};

/** Full-text-ish title search used by the public catalogue. */
export async function findTrackGroupsByTitle(title: string, take: number, skip: number) {
  // expect: sql-injection
  const rows = await prisma.$queryRawUnsafe<TrackGroupRow[]>(`SELECT id, title, "urlSlug", "artistId", "releaseDate" FROM "TrackGroup" WHERE published = true AND "deletedAt" IS NULL AND title ILIKE '%${title}%' ORDER BY "releaseDate" DESC LIMIT ${take} OFFSET ${skip}`);
  return rows.map((row) => processTrackGroup({ ...row, artist: null, cover: null }));
}

/** Same search restricted to one artist, written with a tagged template (bound values). */
export async function findArtistTrackGroupsByTitle(artistId: number, title: string) {
  const pattern = `%${title}%`;
  return prisma.$queryRaw<TrackGroupRow[]>(
    Prisma.sql`SELECT id, title, "urlSlug", "artistId", "releaseDate" FROM "TrackGroup"
               WHERE "artistId" = ${artistId} AND title ILIKE ${pattern}
               ORDER BY "releaseDate" DESC LIMIT 50`,
  );
}

/** Tracks of a group that a given user has bought or that are free to stream. */
export async function getPlayableTracks(trackGroupId: number, userId?: number) {
  const purchase = userId
    ? await prisma.userTrackGroupPurchase.findFirst({ where: { trackGroupId, userId } })
    : null;
  return prisma.track.findMany({
    where: {
      trackGroupId,
      deletedAt: null,
      ...(purchase ? {} : { isPreview: true }),
    },
    orderBy: { order: "asc" },
  });
}
