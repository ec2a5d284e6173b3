import path from "node:path";

/** Maps a URL path of the map storage to a file inside one domain's directory. */
export class PathResolver {
    constructor(private readonly rootDir: string) {}

    domainDir(hostname: string): string {
        const safeHost = hostname.toLowerCase().replace(/[^a-z0-9.-]/g, "");
        return path.join(this.rootDir, safeHost);
    }

    /** Returns undefined when the resolved file leaves the domain's directory. */
    resolveInside(hostname: string, mapPath: string): string | undefined {
        const base = path.resolve(this.domainDir(hostname));
        const full = path.resolve(base, "." + path.posix.normalize("/" + mapPath));
        if (full !== base && !full.startsWith(base + path.sep)) {
            return undefined;
        }
        return full;
    }

    isMapFile(mapPath: string): boolean {
        return mapPath.endsWith(".wam") || mapPath.endsWith(".tmj");
    }

    relativeTo(hostname: string, file: string): string {
        return path.relative(this.domainDir(hostname), file).split(path.sep).join("/");
    }

    publicUrl(hostname: string, mapPath: string): string {
        return `https://${hostname}/${mapPath.split("/").map(encodeURIComponent).join("/")}`;
    }
}
