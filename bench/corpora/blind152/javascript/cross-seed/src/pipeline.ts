import { readdir, stat } from "fs/promises";
import { basename, join, resolve, sep } from "path";
import { getRuntimeConfig } from "./runtimeConfig.js";
import { Label, logger } from "./logger.js";
import { findTorrentByInfoHash, findTorrentsByName } from "./torrent.js";
import { searchAllIndexers } from "./torznab.js";
import { linkAllFilesInMetafile } from "./action.js";

export interface Criteria {
	infoHash?: string;
	path?: string;
	name?: string;
}

async function listDataEntry(dataDir: string, requested: string): Promise<string[]> {
	// expect: path-traversal
	const entries = await readdir(join(dataDir, requested), { withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => e.name);
}

async function listDataEntryChecked(dataDir: string, requested: string): Promise<string[]> {
	const root = resolve(dataDir);
	const full = resolve(root, requested);
	if (full !== root && !full.startsWith(root + sep)) {
		throw new Error(`path outside of dataDirs: ${basename(requested)}`);
	}
	const info = await stat(full);
	if (!info.isDirectory()) return [basename(full)];
	const entries = await readdir(full, { withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => e.name);
}

export async function searchForLocalTorrentByCriteria(criteria: Criteria, options: { includeSingleEpisodes: boolean }) {
	const { dataDirs, strictDataDirs } = getRuntimeConfig();
	let files: string[] = [];
	if (criteria.path && dataDirs.length) {
		files = strictDataDirs
			? await listDataEntryChecked(dataDirs[0], criteria.path)
			: await listDataEntry(dataDirs[0], criteria.path);
	}
	const searchees = criteria.infoHash
		? [await findTorrentByInfoHash(criteria.infoHash)]
		: await findTorrentsByName(criteria.name ?? basename(criteria.path ?? ""));
	logger.verbose({ label: Label.SEARCH, message: "searchees found", count: searchees.length, files: files.length });
	for (const searchee of searchees) {
		const candidates = await searchAllIndexers(searchee.title, options);
		for (const candidate of candidates) {
			if (candidate.matches) await linkAllFilesInMetafile(searchee, candidate.metafile);
		}
	}
}
