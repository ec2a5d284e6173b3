import { inject, intercept } from '@loopback/core';
import { Filter, repository } from '@loopback/repository';
import { del, get, getModelSchemaRef, HttpErrors, param, patch, post, requestBody, Response, RestBindings } from '@loopback/rest';

import { Todo } from '../models/todo.model';
import { TodoRepository } from '../repositories/todo.repository';
import { GeocoderService } from '../services/geocoder.service';
import { WebhookService } from '../services/webhook.service';

@intercept('interceptors.audit')
export class TodoController {
  constructor(
    @repository(TodoRepository) protected todoRepository: TodoRepository,
    @inject('services.GeocoderService') protected geoService: GeocoderService,
    @inject('services.WebhookService') protected webhooks: WebhookService,
  ) {}

  @post('/todos', { responses: { '200': { content: { 'application/json': { schema: getModelSchemaRef(Todo) } } } } })
  async create(@requestBody({ content: { 'application/json': { schema: getModelSchemaRef(Todo, { exclude: ['id'] }) } } }) todo: Omit<Todo, 'id'>): Promise<Todo> {
    if (todo.remindAtAddress) {
      const geo = await this.geoService.geocode(todo.remindAtAddress);
      if (!geo[0]) throw new HttpErrors.BadRequest('address not found');
      todo.remindAtGeo = `${geo[0].y},${geo[0].x}`;
    }
    return this.todoRepository.create(todo);
  }

  @get('/todos/search')
  async search(@param.query.string('q') q: string, @param.query.number('limit') limit?: number): Promise<Todo[]> {
    const max = limit && Number.isInteger(limit) && limit > 0 ? Math.min(limit, 100) : 20;
    return this.todoRepository.searchTitles(q ?? '', max);
  }

  @get('/todos/by-tag/{tag}')
  async byTag(@param.path.string('tag') tag: string): Promise<Todo[]> {
    return this.todoRepository.findByTag(tag);
  }

  @get('/todos/by-status')
  async byStatus(@param.query.string('status') status = 'all'): Promise<Todo[]> {
    return this.todoRepository.findByStatus(status);
  }

  @get('/todos')
  async find(@param.filter(Todo) filter?: Filter<Todo>): Promise<Todo[]> {
    return this.todoRepository.find(filter);
  }

  @patch('/todos/{id}/complete')
  async complete(@param.path.number('id') id: number, @requestBody() patchBody: Partial<Todo>): Promise<{ notified: number }> {
    await this.todoRepository.updateById(id, { isComplete: true });
    const todo = await this.todoRepository.findById(id);
    const notified = await this.webhooks.notifyCompleted({ ...todo, callbackUrl: patchBody.callbackUrl ?? todo.callbackUrl } as Todo);
    return { notified };
  }

  @get('/todos/{id}/export')
  async export(@param.path.number('id') id: number, @param.query.string('format') format: string, @inject(RestBindings.Http.RESPONSE) res: Response): Promise<Response> {
    const todo = await this.todoRepository.findById(id);
    const ext = format === 'csv' ? 'csv' : 'json';
    res.setHeader('Content-Disposition', `attachment; filename="todo-${id}.${ext}"`);
    res.send(ext === 'csv' ? `id,title\n${todo.id},"${todo.title.replace(/"/g, '""')}"` : JSON.stringify(todo));
    return res;
  }

  @del('/todos/{id}')
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.todoRepository.deleteById(id);
  }
}
