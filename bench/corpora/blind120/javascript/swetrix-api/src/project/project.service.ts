import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import axios from 'axios';
import { Project } from './entity/project.entity';

@Injectable()
export class ProjectService {
  constructor(@InjectRepository(Project) private projectsRepository: Repository<Project>) {}

  findOne(id: string) {
    return this.projectsRepository.findOne({ where: { id: String(id) } });
  }

  async update(id: string, patch: { name?: string; websiteUrl?: string }) {
    await this.projectsRepository.update({ id }, { name: patch.name, websiteUrl: patch.websiteUrl });
  }

  async fetchFavicon(id: string) {
    const project = await this.findOne(id);
    if (!project?.websiteUrl) return null;
    // expect: ssrf
    const { data } = await axios.get(`${project.websiteUrl}/favicon.ico`, { responseType: 'arraybuffer', timeout: 5000 });
    return data;
  }

  async fetchFaviconViaService(id: string) {
    const project = await this.findOne(id);
    if (!project?.websiteUrl) return null;
    const host = new URL(project.websiteUrl).hostname;
    const { data } = await axios.get(`https://icons.duckduckgo.com/ip3/${encodeURIComponent(host)}.ico`, { responseType: 'arraybuffer', timeout: 5000 });
    return data;
  }
}
