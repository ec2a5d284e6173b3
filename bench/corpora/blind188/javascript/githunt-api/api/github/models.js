/** GitHub-backed models; the connector adds the app's client credentials to each call. */
const REPO_FULL_NAME = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const LOGIN = /^[A-Za-z0-9-]{1,39}$/;

export class Repositories {
  constructor({ connector }) {
    this.connector = connector;
  }

  getByFullName(fullName) {
    if (!REPO_FULL_NAME.test(fullName) || fullName.includes('..')) {
      return Promise.resolve(null);
    }
    return this.connector.get(`/repos/${fullName}`);
  }

  getReadme(fullName) {
    if (!REPO_FULL_NAME.test(fullName)) return Promise.resolve(null);
    const [owner, name] = fullName.split('/');
    return this.connector.get(`/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/readme`);
  }
}

export class Users {
  constructor({ connector }) {
    this.connector = connector;
  }

  getByLogin(login) {
    if (!LOGIN.test(login)) return Promise.resolve(null);
    return this.connector.get(`/users/${login}`);
  }

  getAvatarUrl(login, size = 64) {
    const px = Math.min(Math.max(parseInt(size, 10) || 64, 16), 460);
    return `https://avatars.githubusercontent.com/${encodeURIComponent(login)}?s=${px}`;
  }
}
