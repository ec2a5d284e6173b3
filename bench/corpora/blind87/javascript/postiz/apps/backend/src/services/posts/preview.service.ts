import { Injectable } from '@nestjs/common';
import striptags from 'striptags';

@Injectable()
export class PreviewService {
  renderComment(author: string, content: string) {
    const safe = striptags(content);
    return `<article class="comment"><strong>${striptags(author)}</strong><p>${safe}</p></article>`;
  }

  renderShare(title: string, content: string) {
    return `<html><head><title>${title}</title></head><body>${content}</body></html>`;
  }
}
