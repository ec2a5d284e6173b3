import * as monaco from 'monaco-editor';
import { fetchSymbolDoc, SymbolDoc } from '../api/docs';

// Hover docs for the query language: the server returns HTML rendered from
// user-written descriptions of saved queries and columns.
export function registerQueryHovers(languageId: string): monaco.IDisposable {
  return monaco.languages.registerHoverProvider(languageId, {
    async provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const doc: SymbolDoc | null = await fetchSymbolDoc(word.word);
      if (!doc) return null;
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      return {
        range,
        contents: [
          { value: `**${doc.name}**` },
          // expect: xss
          { value: doc.descriptionHtml, supportHtml: true },
        ],
      };
    },
  });
}

// Column tooltips for the table editor.
export function registerColumnHovers(columns: Map<string, { label: string; notes: string }>) {
  monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      const col = word && columns.get(word.word);
      if (!col) return null;
      const notesMarkdown = '### ' + col.label + '\n\n' + col.notes;
      return {
        range: new monaco.Range(position.lineNumber, 1, position.lineNumber, 1),
        contents: [
          // expect: xss
          { value: notesMarkdown, isTrusted: true },
        ],
      };
    },
  });
}

// Error markers from the validation service, with command links enabled.
export function hoverForDiagnostic(range: monaco.IRange, message: string): monaco.languages.Hover {
  return {
    range: range,
    contents: [
      // expect: xss
      { value: `<span class="diag">${message}</span>`, supportHtml: true, isTrusted: true },
    ],
  };
}

// Safe: a constant HTML string, and user text as plain markdown without HTML.
export function registerKeywordHovers() {
  monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word || word.word.toUpperCase() !== 'SELECT') return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [
          { value: '<b>SELECT</b> picks columns', supportHtml: true },
          { value: word.word, supportHtml: false },
        ],
      };
    },
  });
}
