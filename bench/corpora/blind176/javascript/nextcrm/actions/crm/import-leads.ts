"use server";

import { getServerSession } from "next-auth";
import { revalidatePath } from "next/cache";
import Papa from "papaparse";

import { authOptions } from "@/lib/auth";
import { prismadb } from "@/lib/prisma";
import { fetchRemoteCsv, fetchImportObject } from "@/lib/fetch-remote";

type LeadCsvRow = {
  first_name?: string;
  last_name: string;
  company?: string;
  email?: string;
  phone?: string;
};

function toLead(row: LeadCsvRow, userId: string) {
  return {
    firstName: row.first_name?.slice(0, 80) ?? null,
    lastName: row.last_name.slice(0, 80),
    company: row.company?.slice(0, 120) ?? null,
    email: row.email?.toLowerCase() ?? null,
    phone: row.phone ?? null,
    assigned_to: userId,
    status: "NEW",
  };
}

/** Import leads from a CSV the user points at (a shared sheet export link). */
export async function importLeadsFromUrl(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error("Unauthenticated");

  const csvUrl = String(formData.get("csvUrl") ?? "");
  if (!/^https?:\/\//.test(csvUrl)) {
    return { error: "Only http(s) links can be imported" };
  }
  const text = await fetchRemoteCsv(csvUrl);
  const { data } = Papa.parse<LeadCsvRow>(text, { header: true, skipEmptyLines: true });
  const rows = data.filter((r) => r.last_name).map((r) => toLead(r, session.user.id));
  await prismadb.crm_Leads.createMany({ data: rows });
  revalidatePath("/crm/leads");
  return { imported: rows.length };
}

/** Import a CSV previously uploaded to the workspace bucket. */
export async function importLeadsFromUpload(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error("Unauthenticated");

  const key = String(formData.get("uploadKey") ?? "");
  if (!/^imports\/[a-f0-9-]{36}\.csv$/.test(key)) {
    return { error: "Unknown upload" };
  }
  const text = await fetchImportObject(key);
  const { data } = Papa.parse<LeadCsvRow>(text, { header: true, skipEmptyLines: true });
  const rows = data.filter((r) => r.last_name).map((r) => toLead(r, session.user.id));
  await prismadb.crm_Leads.createMany({ data: rows });
  revalidatePath("/crm/leads");
  return { imported: rows.length };
}
