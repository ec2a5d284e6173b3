import nodemailer from "nodemailer";

import { escapeHtml, toFileStem } from "@/lib/escape";

const transporter = nodemailer.createTransport({
  service: "gmail",
  auth: {
    user: process.env.NODEMAILER_EMAIL,
    pass: process.env.NODEMAILER_PW,
  },
});

type SendArgs = {
  to: string;
  invoiceNumber: string;
  pdf: Buffer;
};

/** Mails the generated PDF to the customer, with a short HTML note. */
export async function sendPdfToEmailService({ to, invoiceNumber, pdf }: SendArgs): Promise<void> {
  const number = invoiceNumber || "draft";
  await transporter.sendMail({
    from: `Invoify <${process.env.NODEMAILER_EMAIL}>`,
    to,
    subject: `Your invoice ${number}`,
    html: `<p>Hello,</p><p>Please find invoice <b>${escapeHtml(number)}</b> attached.</p><p>Thank you for using Invoify.</p>`,
    text: `Please find invoice ${number} attached.`,
    attachments: [
      {
        filename: `${toFileStem(number)}.pdf`,
        content: pdf,
        contentType: "application/pdf",
      },
    ],
  });
}
