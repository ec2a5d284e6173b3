"""next-safe-action's server actions hand what a client sent (`parsedInput`) to the project's own modules (Inbox
Zero's `unsubscribeAction` calling `unsubscriber.follow(unsubscribeUrl)` of `utils/unsubscriber.ts`): the module
learns its callers pass request data, as a route's helper does, and reports the sink it reaches. Before, the
action's file read no request as handlers do (see taint_callers.HANDLES) and its callees were never asked.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

ACTION = '''"use server";

import { z } from "zod";
import { actionClient } from "@/utils/actions/safe-action";
import { unsubscriber } from "@/utils/unsubscriber";

export const unsubscribeAction = actionClient
  .schema(z.object({ unsubscribeUrl: z.string().url() }))
  .action(async ({ parsedInput: { unsubscribeUrl } }) => {
    return { ok: await unsubscriber.follow(unsubscribeUrl) };
  });
'''

UNSUBSCRIBER = '''class Unsubscriber {
  async follow(url: string): Promise<boolean> {
    const response = await fetch(url, { method: "POST", body: "List-Unsubscribe=One-Click" });
    return response.ok;
  }
}

export const unsubscriber = new Unsubscriber();
'''


def test_a_safe_action_feeds_the_module_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"apps/web/utils/actions/unsubscribe.ts": ACTION,
                                      "apps/web/utils/unsubscriber.ts": UNSUBSCRIBER}, select="js/security")
    assert found == ["apps/web/utils/unsubscriber.ts:3 tainted-ssrf"], found
