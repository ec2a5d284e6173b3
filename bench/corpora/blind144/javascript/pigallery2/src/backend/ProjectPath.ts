import * as path from 'path';

class ProjectPathClass {
  public ImageFolder = path.resolve(process.env['PIGALLERY2_IMAGES'] || '/app/data/images');

  public normalizeRelative(pathStr: string): string {
    return path.normalize(path.join('.' + path.sep, pathStr || ''));
  }
}

export const ProjectPath = new ProjectPathClass();
