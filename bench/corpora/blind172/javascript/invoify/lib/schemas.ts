import { z } from "zod";

const party = z.object({
  name: z.string().min(1).max(120),
  address: z.string().max(300),
  zipCode: z.string().max(20),
  city: z.string().max(80),
  country: z.string().max(80),
  email: z.string().email(),
  phone: z.string().max(40),
});

const item = z.object({
  name: z.string().min(1).max(200),
  description: z.string().max(500).optional(),
  quantity: z.coerce.number().positive(),
  unitPrice: z.coerce.number().nonnegative(),
});

export const TEMPLATE_IDS = ["template-1", "template-2"] as const;

export const InvoiceSchema = z.object({
  sender: party,
  receiver: party,
  details: z.object({
    // a data: URL produced by the logo upload widget
    invoiceLogo: z
      .string()
      .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/)
      .optional(),
    invoiceNumber: z.string().min(1).max(40),
    invoiceDate: z.string(),
    dueDate: z.string(),
    currency: z.string().length(3),
    language: z.enum(["en", "de", "fr", "es", "it", "pt"]),
    pdfTemplate: z.enum(TEMPLATE_IDS),
    items: z.array(item).min(1).max(200),
    additionalNotes: z.string().max(2000).optional(),
    paymentTerms: z.string().max(500).optional(),
    totalAmount: z.coerce.number(),
  }),
});

export type InvoiceType = z.infer<typeof InvoiceSchema>;
