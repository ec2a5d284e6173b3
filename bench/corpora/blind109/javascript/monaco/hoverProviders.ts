import * as monaco from 'monaco-editor';
import { fetchSymbolDoc, fetchLintHint, escapeMarkdown } from './docsClient';

export function registerDocHover(languageId: string): monaco.IDisposable {
  return monaco.languages.registerHoverProvider(languageId, {
    async provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const doc = await fetchSymbolDoc(word.word);
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [
          { value: `**${escapeMarkdown(word.word)}**` },
          // expect: xss
          { value: doc.descriptionHtml, supportHtml: true },
        ],
      };
    },
  });
}

export function registerLintHover(languageId: string): monaco.IDisposable {
  return monaco.languages.registerHoverProvider(languageId, {
    provideHover: async (model, position) => {
      const hint = await fetchLintHint(model.uri.toString(), position.lineNumber);
      if (!hint) return null;
      const range = new monaco.Range(position.lineNumber, 1, position.lineNumber, model.getLineMaxColumn(position.lineNumber));
      return {
        range,
        contents: [
          // expect: xss
          { value: hint.markdown, isTrusted: true },
          // expect: xss
          { value: `${hint.title}<br/>${hint.detailHtml}`, supportHtml: true, isTrusted: true },
        ],
      };
    },
  });
}

export function registerAuthorHover(languageId: string, authorNotes: Map<number, string>): monaco.IDisposable {
  return monaco.languages.registerHoverProvider(languageId, {
    provideHover(model, position) {
      const note = authorNotes.get(position.lineNumber);
      if (!note) return null;
      // expect: xss
      const trusted: monaco.IMarkdownString = { value: note, supportHtml: true };
      return { range: new monaco.Range(position.lineNumber, 1, position.lineNumber, 1), contents: [trusted] };
    },
  });
}

export function registerStaticHover(languageId: string): monaco.IDisposable {
  return monaco.languages.registerHoverProvider(languageId, {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word || word.word !== 'deprecated') return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [
          { value: '<b>Deprecated</b>: see the migration guide.', supportHtml: true },
          { value: escapeMarkdown(word.word), isTrusted: false },
        ],
      };
    },
  });
}
