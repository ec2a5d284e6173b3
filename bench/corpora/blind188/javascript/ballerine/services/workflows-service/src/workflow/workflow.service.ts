import { Injectable, NotFoundException } from '@nestjs/common';
import { DocumentFetcher, DocumentPage } from '@/storage/document-fetcher';
import { previewExpression } from '@/rule-engine/rule-preview';
import { RulePreviewDto, WorkflowListQueryDto } from './dtos/workflow-list-query.dto';
import { WorkflowRuntimeDataRepository } from './workflow-runtime-data.repository';

type CaseDocument = { id: string; pages: DocumentPage[] };

/** Case listing, document copying and the rule editor's preview. */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly repository: WorkflowRuntimeDataRepository,
    private readonly documentFetcher: DocumentFetcher,
  ) {}

  list(query: WorkflowListQueryDto, projectIds: string[]) {
    return this.repository.list(query, projectIds);
  }

  async countByEntityType(query: WorkflowListQueryDto, projectIds: string[]) {
    const rows = await this.repository.countByEntityType(query, projectIds);
    return { count: Number(rows[0]?.count ?? 0) };
  }

  getById(id: string, projectIds: string[]) {
    return this.repository.findById(id, projectIds);
  }

  /** Pages were submitted with the case by the client's onboarding flow (`context.documents`). */
  async copyDocumentsToStorage(id: string, projectIds: string[]) {
    const workflow = await this.repository.findById(id, projectIds);
    if (!workflow) throw new NotFoundException();
    const context = workflow.context as { documents?: CaseDocument[] };
    const documents = context.documents ?? [];
    for (const document of documents) {
      for (const page of document.pages) {
        if (page.provider === 'http' || page.provider === 'base64') {
          page.uri = await this.documentFetcher.persistPage(page, workflow.projectId);
          page.provider = 'file';
        }
      }
    }
    await this.repository.updateContext(id, { ...context, documents } as never);
    return { copied: documents.length };
  }

  async previewRule(body: RulePreviewDto, projectIds: string[]) {
    let context: Record<string, unknown> = {};
    if (body.workflowRuntimeDataId) {
      const workflow = await this.repository.findById(body.workflowRuntimeDataId, projectIds);
      context = (workflow?.context as Record<string, unknown>) ?? {};
    }
    return { result: previewExpression(body.expression, context) };
  }
}
