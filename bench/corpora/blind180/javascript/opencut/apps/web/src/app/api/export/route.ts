import { NextRequest, NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

import { auth } from "@/lib/auth/server";
import { EXPORT_DIR, burnTitle, transcode, type ExportFormat } from "@/lib/ffmpeg-server";

const optionsSchema = z.object({
  format: z.enum(["mp4", "webm"]).default("mp4"),
  title: z.string().max(120).optional(),
  titleSeconds: z.coerce.number().default(3),
});

export async function POST(request: NextRequest) {
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const form = await request.formData();
  const file = form.get("render");
  if (!(file instanceof File) || file.size === 0 || file.size > 500 * 1024 * 1024) {
    return NextResponse.json({ error: "A render up to 500 MB is required" }, { status: 400 });
  }
  const options = optionsSchema.safeParse(Object.fromEntries(form));
  if (!options.success) {
    return NextResponse.json({ error: "Invalid export options" }, { status: 400 });
  }
  const { format, title, titleSeconds } = options.data;

  const jobDir = join(EXPORT_DIR, randomUUID());
  await mkdir(jobDir, { recursive: true });
  const input = join(jobDir, "input.webm");
  const transcoded = join(jobDir, `output.${format}`);
  const titled = join(jobDir, `titled.${format}`);

  try {
    await writeFile(input, Buffer.from(await file.arrayBuffer()));
    await transcode(input, transcoded, format as ExportFormat);
    const final = title ? (await burnTitle(transcoded, titled, title, titleSeconds), titled) : transcoded;
    const bytes = await readFile(final);
    return new NextResponse(bytes, {
      headers: {
        "Content-Type": format === "mp4" ? "video/mp4" : "video/webm",
        "Content-Disposition": `attachment; filename="opencut-export.${format}"`,
      },
    });
  } finally {
    await rm(jobDir, { recursive: true, force: true });
  }
}
