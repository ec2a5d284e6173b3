"""An object literal handed to a function of the project is its fields to that function: Padloc's
controller calls its own `ConsoleLogger` as `this.logger.log("email_verification.requested", { email:
params.email })`, and the logger writes `context.email` into a console line. tainted-log's sanitizer for an
object (a structured entry a logging library serialises) cleaned the literal whole, so the logger was fed
nothing; a sanitizer around the whole call still cleans what the helper gives back. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

CONSOLE_LOGGER = '''export interface LogContext {
    email?: string;
}

export class ConsoleLogger {
    log(type: string, context: LogContext = {}) {
        const who = context.email ?? "anonymous";
        console.log(`${new Date().toISOString()} ${type} ${who}`);
    }

    event(type: string, context: LogContext = {}) {
        console.log(JSON.stringify({ type, ...context }));
    }
}
'''

CONTROLLER = '''import { ConsoleLogger } from "./logging/console";

export class Controller {
    constructor(private logger: ConsoleLogger) {}

    async process(req) {
        const params = req.body || {};
        this.logger.log("email_verification.requested", { email: params.email });
        this.logger.event("email_verification.sent", { email: params.email });
        return { ok: true };
    }
}
'''


def test_an_object_literal_s_fields_reach_the_project_s_logger(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/logging/console.ts": CONSOLE_LOGGER, "src/server.ts": CONTROLLER},
                           select="js/security")
    assert found == ["src/logging/console.ts:8 tainted-log"], found
