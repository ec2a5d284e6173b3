import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { prisma } from '../../lib/prisma';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const WORK_DIR = process.env.NEXT_PRIVATE_PDF_WORKDIR ?? '/tmp/documenso';

export const sealDocument = async ({ documentId, outputName, userId }: { documentId: number; outputName: string; userId: number }) => {
  const document = await prisma.document.findFirstOrThrow({ where: { id: documentId, userId } });
  const input = path.join(WORK_DIR, `${document.id}.pdf`);
  await execFileAsync('qpdf', ['--linearize', input, path.join(WORK_DIR, `${document.id}-linear.pdf`)]);
  // expect: command-injection
  await execAsync(`qpdf --encrypt '' owner 256 -- ${input} ${WORK_DIR}/${outputName}`);
  return { ok: true };
};
