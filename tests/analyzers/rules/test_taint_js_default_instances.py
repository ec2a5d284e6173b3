"""A JavaScript module that makes one instance of a class of another module and exports it by default
(Zenko CloudServer's `lib/data/wrapper.js`: `module.exports = new DataFileStore({ dataPath })`, and its
metadata wrapper; or `const store = new Store(); module.exports = store`): its importers call the instance's
methods (`data.getByKey(key)`), which are the class's, so the class's module learns what they pass and
reports its sink. Before, only an instance exported by name (`export const datasource = new Local(dir)`)
was followed, and a class its module exports whole (`module.exports = DataFileStore`) was not found.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings


DATA_FILE_STORE = '''const fs = require('fs');
const path = require('path');

class DataFileStore {
    constructor({ dataPath }) {
        this.dataPath = dataPath;
    }

    getByKey(objectKey) {
        return fs.createReadStream(path.join(this.dataPath, 'legacy', objectKey));
    }

    getByLocation(location) {
        return fs.createReadStream(path.join(this.dataPath, path.basename(location)));
    }
}

module.exports = DataFileStore;
'''

OBJECT_GET = '''const data = require('../data/wrapper');

module.exports = function objectGet(req, res) {
    const stream = req.query.legacy ? data.getByKey(req.query.key) : data.getByLocation(req.query.key);
    stream.pipe(res);
};
'''


@pytest.mark.parametrize("wrapper", [
    "const DataFileStore = require('./file/DataFileStore');\n\nmodule.exports = new DataFileStore({ dataPath: '/data' });\n",
    "const DataFileStore = require('./file/DataFileStore');\n\nconst store = new DataFileStore({ dataPath: '/data' });\n\nmodule.exports = store;\n",
])
def test_an_instance_a_module_exports_by_default_is_followed(tmp_path: Path, wrapper: str):
    # Zenko CloudServer's data wrapper: `module.exports = new DataFileStore(...)` of the class `./file/DataFileStore`
    # exports whole; a route's `data.getByKey(key)` runs that class's method (`getByLocation` keeps the base name)
    found = taint_findings(tmp_path, {"lib/data/file/DataFileStore.js": DATA_FILE_STORE, "lib/data/wrapper.js": wrapper,
                                      "lib/api/objectGet.js": OBJECT_GET}, select="js/security")
    assert found == ["lib/data/file/DataFileStore.js:10 tainted-path"], found
