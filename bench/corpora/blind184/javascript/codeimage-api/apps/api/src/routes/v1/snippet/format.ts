import { Static, Type } from '@sinclair/typebox';
import { FastifyPluginAsync } from 'fastify';
import { exec, execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const FormatBody = Type.Object({
  language: Type.Union([Type.Literal('rust'), Type.Literal('go')]),
  code: Type.String({ maxLength: 20000 }),
  edition: Type.Optional(Type.String({ maxLength: 16 })),
});

type FormatBodyType = Static<typeof FormatBody>;

/** Formats Rust and Go snippets with the toolchains installed on the API host (Prettier covers the rest in the browser). */
const formatRoute: FastifyPluginAsync = async fastify => {
  fastify.post<{ Body: FormatBodyType }>(
    '/format',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: { body: FormatBody },
    },
    async (request, reply) => {
      const { language, code, edition } = request.body;
      const dir = await mkdtemp(join(tmpdir(), 'codeimage-format-'));
      try {
        if (language === 'go') {
          const file = join(dir, 'main.go');
          await writeFile(file, code, 'utf-8');
          await execFileAsync('gofmt', ['-w', file], { timeout: 5000 });
          return { code: await readFile(file, 'utf-8') };
        }
        const file = join(dir, 'main.rs');
        await writeFile(file, code, 'utf-8');
        // expect: command-injection
        await execAsync(`rustfmt --edition ${edition ?? '2021'} ${file}`, { timeout: 5000 });
        return { code: await readFile(file, 'utf-8') };
      } catch (error) {
        request.log.warn({ error }, 'format failed');
        return reply.code(422).send({ message: 'The snippet could not be formatted' });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
};

export default formatRoute;
