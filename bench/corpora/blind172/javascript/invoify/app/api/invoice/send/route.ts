import { NextRequest, NextResponse } from "next/server";

import { sendPdfToEmailService } from "@/services/invoice/server/sendPdfToEmailService";

export const runtime = "nodejs";

const MAX_PDF_BYTES = 5 * 1024 * 1024;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** POST /api/invoice/send (multipart: email, invoiceNumber, invoicePdf). */
export async function POST(req: NextRequest) {
  const form = await req.formData();
  const email = String(form.get("email") ?? "").trim();
  const invoiceNumber = String(form.get("invoiceNumber") ?? "").trim();
  const file = form.get("invoicePdf");

  if (!EMAIL_RE.test(email)) {
    return NextResponse.json({ error: "A valid email is required" }, { status: 400 });
  }
  if (!(file instanceof File) || file.type !== "application/pdf" || file.size > MAX_PDF_BYTES) {
    return NextResponse.json({ error: "Attach the invoice PDF (max 5 MB)" }, { status: 400 });
  }

  try {
    await sendPdfToEmailService({
      to: email,
      invoiceNumber,
      pdf: Buffer.from(await file.arrayBuffer()),
    });
    return NextResponse.json({ sent: true });
  } catch (err) {
    console.error("send invoice failed", err);
    return NextResponse.json({ error: "Email could not be sent" }, { status: 502 });
  }
}
