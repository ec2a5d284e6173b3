import type { InvoiceType } from "@/lib/schemas";
import { escapeHtml } from "@/lib/escape";

export const EXPORT_TYPES = ["json", "csv", "xml"] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

const CONTENT_TYPES: Record<ExportType, string> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  xml: "application/xml",
};

function csvCell(value: unknown): string {
  const text = String(value ?? "");
  // neutralise spreadsheet formulas and quote every cell
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Serialises an invoice to the requested export format. */
export function exportInvoiceService(invoice: InvoiceType, type: ExportType) {
  const d = invoice.details;
  let body: string;
  switch (type) {
    case "json":
      body = JSON.stringify(invoice, null, 2);
      break;
    case "csv":
      body = [
        ["name", "description", "quantity", "unitPrice"].map(csvCell).join(","),
        ...d.items.map((it) => [it.name, it.description, it.quantity, it.unitPrice].map(csvCell).join(",")),
      ].join("\r\n");
      break;
    case "xml":
      body = `<?xml version="1.0" encoding="UTF-8"?>\n<invoice number="${escapeHtml(d.invoiceNumber)}">${d.items
        .map((it) => `<item qty="${it.quantity}" price="${it.unitPrice}">${escapeHtml(it.name)}</item>`)
        .join("")}</invoice>`;
      break;
  }
  return { body, contentType: CONTENT_TYPES[type] };
}
