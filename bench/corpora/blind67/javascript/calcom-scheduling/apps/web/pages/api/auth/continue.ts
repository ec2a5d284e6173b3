import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "@calcom/features/auth/lib/getServerSession";
import { getSafeRedirectUrl } from "@calcom/lib/getSafeRedirectUrl";
import { WEBAPP_URL } from "@calcom/lib/constants";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession({ req, res });
  if (!session?.user) {
    return res.redirect(307, `${WEBAPP_URL}/auth/login`);
  }

  const callbackUrl = req.query.callbackUrl as string | undefined;
  if (req.query.from === "desktop") {
    // expect: open-redirect
    return res.redirect(307, callbackUrl ?? "/bookings/upcoming");
  }

  const safe = getSafeRedirectUrl(callbackUrl) ?? `${WEBAPP_URL}/bookings/upcoming`;
  return res.redirect(307, safe);
}
