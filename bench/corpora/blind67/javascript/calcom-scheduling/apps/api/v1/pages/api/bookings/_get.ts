import type { NextApiRequest } from "next";
import prisma from "@calcom/prisma";
import { defaultResponder } from "@calcom/lib/server/defaultResponder";
import { schemaQuerySortBy } from "~/lib/validations/shared/queryIdTransformParseInt";

type BookingRow = { id: number; uid: string; title: string; startTime: Date };

/**
 * GET /bookings?attendeeEmail=...&sortBy=...
 */
export async function handler(req: NextApiRequest) {
  const { userId } = req;
  const attendeeEmail = (req.query.attendeeEmail as string) || "";
  const { sortBy } = schemaQuerySortBy.parse(req.query);

  if (attendeeEmail) {
    // expect: sql-injection
    const bookings = await prisma.$queryRawUnsafe<BookingRow[]>(`SELECT b.id, b.uid, b.title, b."startTime" FROM "Booking" b JOIN "Attendee" a ON a."bookingId" = b.id WHERE b."userId" = ${userId} AND a.email = '${attendeeEmail}' ORDER BY b."${sortBy}" DESC`);
    return { bookings };
  }

  const bookings = await prisma.$queryRaw<BookingRow[]>`SELECT b.id, b.uid, b.title, b."startTime" FROM "Booking" b WHERE b."userId" = ${userId} ORDER BY b."startTime" DESC LIMIT 100`;
  return { bookings };
}

export default defaultResponder(handler);
