// Grades a submission: the TypeScript compiler type-checks it; the legacy grader also ran the JS output.
import vm from 'node:vm';
import ts from 'typescript';
import { prisma } from '@repo/db';

async function loadTests(slug: string) {
  const challenge = await prisma.challenge.findUniqueOrThrow({ where: { slug }, select: { tests: true } });
  return challenge.tests;
}

function typeCheck(source: string) {
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const original = host.getSourceFile;
  host.getSourceFile = (name, lang) =>
    name === 'submission.ts' ? ts.createSourceFile(name, source, lang) : original.call(host, name, lang);
  const program = ts.createProgram(['submission.ts'], { strict: true, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).length === 0;
}

export async function gradeSubmission(slug: string, code: string) {
  const tests = await loadTests(slug);
  return typeCheck(`${code}\n${tests}`);
}

export async function gradeSubmissionLegacy(slug: string, code: string) {
  const tests = await loadTests(slug);
  if (!typeCheck(`${code}\n${tests}`)) return false;
  const { outputText } = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS } });
  const sandbox = { module: { exports: {} }, console: { log: () => {} } };
  // expect: code-injection
  vm.runInNewContext(outputText, sandbox, { timeout: 1000 });
  return true;
}
