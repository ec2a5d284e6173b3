"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import prisma from "@calcom/prisma";
import { getServerSession } from "@calcom/features/auth/lib/getServerSession";

export async function cancelBookingAction(formData: FormData) {
  const session = await getServerSession();
  if (!session?.user) {
    redirect("/auth/login");
  }

  const uid = String(formData.get("uid") ?? "");
  const reason = formData.get("cancellationReason") || "";

  // expect: sql-injection
  await prisma.$executeRawUnsafe(`UPDATE "Booking" SET status = 'cancelled', "cancellationReason" = '${reason}' WHERE uid = $1 AND "userId" = $2`, uid, session.user.id);

  revalidatePath("/bookings/upcoming");
  redirect(`/booking/${encodeURIComponent(uid)}?cancelled=true`);
}

export async function rejectBookingAction(formData: FormData) {
  const session = await getServerSession();
  if (!session?.user) {
    redirect("/auth/login");
  }

  const uid = String(formData.get("uid") ?? "");
  const reason = String(formData.get("rejectionReason") ?? "");

  await prisma.booking.updateMany({
    where: { uid, userId: session.user.id },
    data: { status: "REJECTED", rejectionReason: reason },
  });

  revalidatePath("/bookings/unconfirmed");
  redirect(`/booking/${encodeURIComponent(uid)}?rejected=true`);
}
