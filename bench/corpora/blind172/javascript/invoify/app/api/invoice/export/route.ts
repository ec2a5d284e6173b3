import { NextRequest, NextResponse } from "next/server";

import { InvoiceSchema } from "@/lib/schemas";
import { exportInvoiceService, EXPORT_TYPES, type ExportType } from "@/services/invoice/server/exportInvoiceService";

/** GET /api/invoice/export : the formats the export menu offers. */
export async function GET() {
  return NextResponse.json({
    formats: EXPORT_TYPES.map((type) => ({ type, label: type.toUpperCase() })),
  });
}

/**
 * POST /api/invoice/export?format=json|csv|xml
 * Returns the invoice data as a download in the chosen format.
 */
export async function POST(req: NextRequest) {
  const format = req.nextUrl.searchParams.get("format") ?? "json";
  if (!EXPORT_TYPES.includes(format as ExportType)) {
    return NextResponse.json({ error: `Unsupported format ${format}` }, { status: 400 });
  }

  const parsed = InvoiceSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid invoice" }, { status: 422 });
  }

  const { body, contentType } = exportInvoiceService(parsed.data, format as ExportType);
  const res = new NextResponse(body, { status: 200 });
  res.headers.set("Content-Type", contentType);
  res.headers.set("X-Export-Format", format);
  // expect: header-injection
  res.headers.set("Content-Disposition", `attachment; filename="${parsed.data.details.invoiceNumber}.${format}"`);
  return res;
}
