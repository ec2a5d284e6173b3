import type { InvoiceType } from "@/lib/schemas";
import { escapeHtml, formatMoney } from "@/lib/escape";

function partyBlock(title: string, p: InvoiceType["sender"]): string {
  return `
    <section class="party">
      <h3>${escapeHtml(title)}</h3>
      <p>${escapeHtml(p.name)}</p>
      <p>${escapeHtml(p.address)}, ${escapeHtml(p.zipCode)} ${escapeHtml(p.city)}</p>
      <p>${escapeHtml(p.country)}</p>
      <p>${escapeHtml(p.email)} &middot; ${escapeHtml(p.phone)}</p>
    </section>`;
}

/** Builds the HTML document that puppeteer prints to PDF. */
export function renderInvoiceHtml(invoice: InvoiceType, css: string): string {
  const d = invoice.details;
  const rows = d.items
    .map(
      (it) => `<tr>
        <td>${escapeHtml(it.name)}<br/><small>${escapeHtml(it.description ?? "")}</small></td>
        <td>${it.quantity}</td>
        <td>${formatMoney(it.unitPrice, d.currency)}</td>
        <td>${formatMoney(it.quantity * it.unitPrice, d.currency)}</td>
      </tr>`,
    )
    .join("");

  const logo = d.invoiceLogo ? `<img class="logo" src="${d.invoiceLogo}" alt="logo"/>` : "";
  const parts = [
    `<!doctype html><html lang="${d.language}"><head><meta charset="utf-8"/><style>${css}</style></head><body>`,
    logo,
    `<h1>Invoice #${escapeHtml(d.invoiceNumber)}</h1>`,
    partyBlock("From", invoice.sender),
    partyBlock("Bill to", invoice.receiver),
    `<table class="items"><tbody>${rows}</tbody></table>`,
    `<p class="total">${formatMoney(d.totalAmount, d.currency)}</p>`,
    `<p class="terms">${escapeHtml(d.paymentTerms ?? "")}</p>`,
  ];
  // expect: xss
  parts.push(`<div class="notes">${d.additionalNotes ?? ""}</div>`);
  parts.push("</body></html>");
  return parts.join("\n");
}
