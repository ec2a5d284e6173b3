import type { NextApiRequest } from "next";
import prisma from "@calcom/prisma";
import { HttpError } from "@calcom/lib/http-error";
import { defaultResponder } from "@calcom/lib/server/defaultResponder";
import { schemaQueryIdParseInt } from "~/lib/validations/shared/queryIdTransformParseInt";

export async function getHandler(req: NextApiRequest) {
  const { query, userId } = req;
  const { id } = schemaQueryIdParseInt.parse(query);

  const booking = await prisma.booking.findFirst({ where: { id, userId } });
  if (!booking) {
    throw new HttpError({ statusCode: 404, message: "Booking not found" });
  }

  const attendees = await prisma.$queryRawUnsafe(`SELECT name, email FROM "Attendee" WHERE "bookingId" = ${id}`);
  return { booking: { ...booking, attendees } };
}

export default defaultResponder(getHandler);
