"""A name a JavaScript barrel re-exports is the module's it names: Easy Mock's controllers take `const {
UserProxy } = require('../proxy')`, whose `proxy/index.js` says `exports.UserProxy = require('./user')`, and
call `UserProxy.findByLogin(name)`; a TypeScript service layer's `import { findUser } from '../services'` reads
`export { findUser } from './users'` (or `export *`). The module behind the barrel learns what its callers
pass and reports its sink (issue 31: blind168's Easy Mock login). A barrel that defines the name itself is
the module, as before. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

USER_PROXY = """'use strict'
const { User } = require('../models')

module.exports = class UserProxy {
  static findByLogin (name) {
    return User.findOne({ name: name })
  }
}
"""

LOGIN = """'use strict'
const { UserProxy } = require('../proxy')

module.exports = class UserController {
  static async login (ctx) {
    const { name } = ctx.request.body
    ctx.body = await UserProxy.findByLogin(name)
  }
}
"""

USERS_TS = """import { db } from '../db'

export async function findUser(name: string) {
  return db.collection('users').findOne({ name })
}
"""

ROUTE_TS = """import express from 'express'
import { findUser } from '../services'

const router = express.Router()
router.post('/login', async (req, res) => {
  res.json(await findUser(req.body.name))
})
export default router
"""


def test_a_class_a_commonjs_barrel_requires_is_followed(tmp_path: Path):
    found = taint_findings(tmp_path, {"proxy/user.js": USER_PROXY, "proxy/index.js": "exports.UserProxy = require('./user')\n",
                                      "controllers/user.js": LOGIN}, select="js/security")
    assert found == ["proxy/user.js:6 tainted-nosql"], found


@pytest.mark.parametrize("barrel", ["export { findUser } from './users'\n", "export * from './users'\n"])
def test_a_function_a_typescript_barrel_re_exports_is_followed(tmp_path: Path, barrel: str):
    found = taint_findings(tmp_path, {"src/services/users.ts": USERS_TS, "src/services/index.ts": barrel,
                                      "src/routes/login.ts": ROUTE_TS}, select="js/security")
    assert found == ["src/services/users.ts:4 tainted-nosql"], found
