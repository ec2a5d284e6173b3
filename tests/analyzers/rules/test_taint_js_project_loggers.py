"""A logger of the project's own: a module whose functions write a message to the console (Staticman's
`lib/Logger.js`, `module.exports = new Logger()` with `info(message) { console.log(...) }`; a marketplace's
`server/log.js`, `exports.warn = (message) => console.warn(...)`). A handler's `logger.info(`... ${username}`)`
runs that code: the module reports the flow at its `console` call with the handler's data, and the call
stays reported too (the module's report names the caller's file, not its line; the corpora label the call).
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

CONNECT = '''const logger = require('../lib/Logger')

module.exports = (req, res) => {
  const { username, repository } = req.params
  logger.info(`connect requested for ${username}/${repository}`)
  res.send('OK!')
}
'''


@pytest.mark.parametrize(("module", "line"), [
    ("class Logger {\n  info (message) {\n    console.log(`[app] ${message}`)\n  }\n}\n\nmodule.exports = new Logger()\n", 3),
    ("exports.info = (message) => {\n  console.log(`[app] ${message}`)\n}\n", 2),
])
def test_a_project_logger_is_reported_where_it_writes_and_at_the_call(tmp_path: Path, module: str, line: int):
    found = taint_findings(tmp_path, {"lib/Logger.js": module, "controllers/connect.js": CONNECT}, select="js/security")
    assert found == ["controllers/connect.js:5 tainted-log", f"lib/Logger.js:{line} tainted-log"], found


def test_a_logging_library_is_still_reported_at_the_call(tmp_path: Path):
    # the module re-exports a library's logger (no function of the project writes the line): the call is the sink
    module = "const pino = require('pino')\n\nmodule.exports = pino()\n"
    found = taint_findings(tmp_path, {"lib/Logger.js": module, "controllers/connect.js": CONNECT}, select="js/security")
    assert found == ["controllers/connect.js:5 tainted-log"], found


SCOPED_LOGGER = '''function write(level: string, scope: string, message: string) {
  console.log(`${level} [${scope}] ${message}`);
}

export function createScopedLogger(scope: string) {
  return {
    info: (message: string) => write('info', scope, message),
    warn(message: string) {
      console.warn(`[${scope}] ${message}`);
    },
  };
}
'''

CHAT_ROUTE = '''import { createScopedLogger } from '~/lib/logger';

const logger = createScopedLogger('api.chat');

export async function action({ request }) {
  const { projectName } = await request.json();
  logger.info(`chat for project ${projectName}`);
  logger.warn(`slow chat for ${projectName}`);
  return new Response('ok');
}
'''


def test_a_logger_a_factory_of_the_project_makes_is_followed_into_its_functions(tmp_path: Path):
    # bolt.new's and Inbox Zero's `createScopedLogger(scope)` returning `{ info: (message) => write(...) }`: the call
    # `logger.info(...)` runs the factory's function, which the logger's module reports where it writes
    found = taint_findings(tmp_path, {"app/lib/logger.ts": SCOPED_LOGGER, "app/routes/api.chat.ts": CHAT_ROUTE},
                           select="js/security")
    assert found[:2] == ["app/lib/logger.ts:2 tainted-log", "app/lib/logger.ts:9 tainted-log"], found
