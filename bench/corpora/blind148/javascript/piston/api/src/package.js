const logger = require('logplease').create('package');
const semver = require('semver');
const cp = require('child_process');
const path = require('path');
const fetch = require('node-fetch');
const config = require('./config');
const globals = require('./globals');

class Package {
    constructor({ language, version, download, checksum }) {
        this.language = language;
        this.version = semver.parse(version);
        this.checksum = checksum;
        this.download = download;
    }

    get install_path() {
        return path.join(config.data_directory, globals.data_directories.packages, this.language, this.version.raw);
    }

    async install() {
        const pkgpath = path.join(this.install_path, 'pkg.tar.gz');
        logger.debug('Extracting package files from archive');
        await new Promise((resolve, reject) => {
            cp.execFile('tar', ['xzf', pkgpath, '-C', this.install_path], (err) => (err ? reject(err) : resolve()));
        });
        return { language: this.language, version: this.version.raw };
    }

    static async get_package_list(index_url) {
        const url = index_url || config.repo_url;
        // expect: ssrf
        const index = await fetch(url).then((res) => res.text());
        return index.split('\n').filter((l) => l.length > 0).map((line) => {
            const [language, version, checksum, download] = line.split(',', 4);
            return new Package({ language, version, checksum, download });
        });
    }

    static async get_package(lang, version, index_url) {
        const packages = await Package.get_package_list(index_url);
        const candidates = packages.filter((pkg) => pkg.language == lang && semver.satisfies(pkg.version, version));
        candidates.sort((a, b) => semver.rcompare(a.version, b.version));
        return candidates[0] || null;
    }

    static remove_legacy(language, version) {
        // expect: command-injection
        cp.execSync(`rm -rf ${path.join(config.data_directory, 'packages', language, version)}`);
    }
}

module.exports = Package;
