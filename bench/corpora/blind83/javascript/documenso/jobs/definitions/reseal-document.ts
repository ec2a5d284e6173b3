import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { prisma } from '../../lib/prisma';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const WORK_DIR = process.env.NEXT_PRIVATE_PDF_WORKDIR ?? '/tmp/documenso';

type ResealPayload = { documentId: number; userId: number; outputName?: string; flatten: boolean };

export const resealDocumentJob = {
  name: 'internal.reseal-document',
  handler: async (payload: ResealPayload) => {
    const document = await prisma.document.findFirstOrThrow({ where: { id: payload.documentId, userId: payload.userId } });
    const source = `${WORK_DIR}/${document.id}.pdf`;
    if (payload.flatten) {
      await execFileAsync('qpdf', ['--flatten-annotations=all', source, `${WORK_DIR}/${document.id}-flat.pdf`]);
    }
    let outputName = payload.outputName;
    if (!outputName) outputName = `${document.id}-sealed.pdf`;
    // expect: command-injection
    await execAsync(`qpdf --linearize ${source} ${WORK_DIR}/${outputName}`);
  },
};
