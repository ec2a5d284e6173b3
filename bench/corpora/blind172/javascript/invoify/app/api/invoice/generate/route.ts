import { NextRequest, NextResponse } from "next/server";

import { generatePdfService } from "@/services/invoice/server/generatePdfService";
import { InvoiceSchema } from "@/lib/schemas";

export const runtime = "nodejs";
export const maxDuration = 60;

/**
 * POST /api/invoice/generate
 * Body: the invoice form (sender, receiver, details, items, totals).
 * Responds with the rendered PDF.
 */
export async function POST(req: NextRequest) {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return NextResponse.json({ error: "Invalid JSON body" }, { status: 400 });
  }

  const parsed = InvoiceSchema.safeParse(raw);
  if (!parsed.success) {
    return NextResponse.json(
      { error: "Invalid invoice", issues: parsed.error.flatten() },
      { status: 422 },
    );
  }

  try {
    const pdf = await generatePdfService(parsed.data);
    return new NextResponse(pdf, {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": "inline; filename=invoice.pdf",
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    console.error("PDF generation failed", err);
    return NextResponse.json({ error: "Could not generate the PDF" }, { status: 500 });
  }
}
