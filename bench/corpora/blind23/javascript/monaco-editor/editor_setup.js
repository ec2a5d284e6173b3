// monaco-editor: query editor with hover docs fetched from the schema service
import * as monaco from 'monaco-editor';
import DOMPurify from 'dompurify';

export function createEditor(el, initial) {
  return monaco.editor.create(el, { value: initial, language: 'sql', automaticLayout: true });
}

export function registerHover(schemaDocs) {
  monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const doc = schemaDocs[word.word];
      if (!doc) return null;
      return {
        // expect: xss
        contents: [{ value: doc.description, supportHtml: true, isTrusted: true }],
      };
    },
  });
}

export function registerHoverSafe(schemaDocs) {
  monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      const doc = word && schemaDocs[word.word];
      if (!doc) return null;
      return { contents: [{ value: doc.description }] };
    },
  });
}

export function showRelease(notesEl, html) {
  notesEl.innerHTML = DOMPurify.sanitize(html);
}

export function setMarkers(editor, problems) {
  monaco.editor.setModelMarkers(editor.getModel(), 'lint', problems.map((p) => ({
    startLineNumber: p.line, endLineNumber: p.line, startColumn: 1, endColumn: 200,
    message: p.message, severity: monaco.MarkerSeverity.Warning,
  })));
}
