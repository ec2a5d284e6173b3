import Application from '@ioc:Adonis/Core/Application';
import { exec, execFile } from 'child_process';
import path from 'path';

const RECIPE_ID_RE = /^[a-z0-9-]{1,80}$/;

class RecipeStore {
  public readonly dir = Application.tmpPath('recipes');

  public archivePath(recipeId: string) {
    if (!RECIPE_ID_RE.test(recipeId)) {
      return null;
    }
    return path.join(this.dir, `${recipeId}.tar.gz`);
  }

  public legacyArchivePath(recipeId: string) {
    // expect: path-traversal
    return path.join(this.dir, 'legacy', `${recipeId}.tar.gz`);
  }

  public unpack(archiveName: string, recipeId: string) {
    if (RECIPE_ID_RE.test(recipeId)) {
      return new Promise((resolve, reject) =>
        execFile('tar', ['xzf', path.join(this.dir, 'uploads', path.basename(archiveName)), '-C', path.join(this.dir, recipeId)], (err) => (err ? reject(err) : resolve(true))),
      );
    }
    return new Promise((resolve, reject) =>
      // expect: command-injection
      exec(`tar xzf ${this.dir}/uploads/${archiveName} -C ${this.dir}/${recipeId}`, (err) => (err ? reject(err) : resolve(true))),
    );
  }
}

export default new RecipeStore();
