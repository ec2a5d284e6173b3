import { ProjectRepository, SearchFilter } from '../repositories/projectRepository';

export class ProjectService {
  private readonly repo = new ProjectRepository();

  list(schema: string, status: string, sort: string) {
    let orderBy: string;
    switch (sort) {
      case 'name':
        orderBy = 'name ASC';
        break;
      case 'created':
        orderBy = 'created_at DESC';
        break;
      default:
        orderBy = 'updated_at DESC';
    }
    return this.repo.list(schema, status, orderBy);
  }

  search(schema: string, filter: SearchFilter) {
    const normalized: SearchFilter = { ...filter, term: filter.term.trim() };
    return this.repo.search(schema, normalized);
  }

  get(schema: string, projectId: string) {
    return this.repo.get(schema, projectId);
  }

  addLabel(schema: string, projectId: string, label: string, color: string) {
    return this.repo.addLabel(schema, projectId, label, color);
  }
}
