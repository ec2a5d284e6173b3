import * as monaco from 'monaco-editor';
import { lookupSymbol, SymbolDoc } from './symbolIndex';
import { fetchSnippetDocs } from '../api/snippets';

function signatureOf(doc: SymbolDoc): string {
  return '```ts\n' + doc.signature + '\n```';
}

export function registerQueryHover(): monaco.IDisposable {
  return monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const doc = lookupSymbol(word.word);
      if (!doc) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [
          { value: signatureOf(doc) },
          { value: '**Deprecated**', isTrusted: true },
          // expect: xss
          { value: doc.descriptionMarkdown, supportHtml: true },
        ],
      };
    },
  });
}

export function registerSnippetHover(workspaceId: string): monaco.IDisposable {
  return monaco.languages.registerHoverProvider('javascript', {
    async provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const snippet = await fetchSnippetDocs(workspaceId, word.word);
      if (!snippet) return null;
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      return {
        range: range,
        contents: [
          // expect: xss
          { value: `**${snippet.title}** by ${snippet.authorName}\n\n${snippet.notes}`, isTrusted: true },
          { value: snippet.plainSummary },
        ],
      };
    },
  });
}

export function registerCommentHover(comments: Map<number, { author: string; html: string }>): monaco.IDisposable {
  return monaco.languages.registerHoverProvider('markdown', {
    provideHover(model, position) {
      const comment = comments.get(position.lineNumber);
      if (!comment) return null;
      return {
        range: new monaco.Range(position.lineNumber, 1, position.lineNumber, model.getLineMaxColumn(position.lineNumber)),
        contents: [
          // expect: xss
          { value: comment.html, supportHtml: true, isTrusted: true },
        ],
      };
    },
  });
}
