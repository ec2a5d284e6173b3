import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";

import { authOptions } from "@/lib/auth";
import { prismadb } from "@/lib/prisma";
import { searchAccounts, listAccounts } from "@/lib/crm/search-accounts";

const createAccountSchema = z.object({
  name: z.string().min(1).max(120),
  office_phone: z.string().max(40).optional(),
  website: z.string().url().optional(),
  industry: z.string().uuid().optional(),
  assigned_to: z.string().uuid().optional(),
});

const SORTABLE = { name: "name", created: "createdAt", updated: "updatedAt" } as const;

export async function GET(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return new NextResponse("Unauthenticated", { status: 401 });
  }

  const { searchParams } = new URL(req.url);
  const q = searchParams.get("q");
  const sortKey = (searchParams.get("sort") ?? "name") as keyof typeof SORTABLE;
  const orderBy = SORTABLE[sortKey] ?? "name";
  const take = Math.min(Number(searchParams.get("take")) || 25, 100);

  if (q) {
    const rows = await searchAccounts(q, session.user.id);
    return NextResponse.json(rows);
  }
  const accounts = await listAccounts(session.user.id, orderBy, take);
  return NextResponse.json(accounts);
}

export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return new NextResponse("Unauthenticated", { status: 401 });
  }

  const parsed = createAccountSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json(parsed.error.flatten(), { status: 400 });
  }

  const account = await prismadb.crm_Accounts.create({
    data: {
      ...parsed.data,
      createdBy: session.user.id,
      updatedBy: session.user.id,
      status: "Active",
    },
  });
  return NextResponse.json({ account }, { status: 201 });
}
