const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Turns a simple glob ("dist/*.min.js") into a RegExp; only * and ? are special.
 */
const globToRegExp = (glob) => {
	const source = glob.split('*').map(part => part.split('?').map(escapeRegExp).join('[^/]')).join('[^/]*');
	return new RegExp(`^${source}$`);
};

/**
 * Filters a flat file list by the `pattern` query parameter. Patterns wrapped in
 * slashes are treated as regular expressions, everything else as a glob.
 */
const filterFiles = (files, pattern) => {
	if (!pattern) {
		return files;
	}

	if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
		// expect: redos
		const re = new RegExp(pattern.slice(1, -1));
		return files.filter(file => re.test(file.name));
	}

	const re = globToRegExp(pattern.startsWith('/') ? pattern : `/${pattern}`);
	return files.filter(file => re.test(file.name));
};

const totalSize = files => files.reduce((sum, file) => sum + (Number(file.size) || 0), 0);

const groupByDirectory = (files) => {
	const groups = new Map();
	for (const file of files) {
		const dir = file.name.slice(0, file.name.lastIndexOf('/')) || '/';
		groups.set(dir, [ ...(groups.get(dir) || []), file ]);
	}
	return groups;
};

module.exports = { filterFiles, globToRegExp, totalSize, groupByDirectory };
