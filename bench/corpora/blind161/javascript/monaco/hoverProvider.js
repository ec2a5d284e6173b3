// Hover help for the query editor: keyword docs are built in, field docs come
// from the workspace schema that any workspace member can edit.
import * as monaco from 'monaco-editor';
import { KEYWORD_DOCS } from './keywordDocs';

export function registerQueryHover(schemaStore) {
  return monaco.languages.registerHoverProvider('querylang', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);

      const keyword = KEYWORD_DOCS[word.word.toUpperCase()];
      if (keyword) {
        return { range: range, contents: [{ value: '**' + word.word + '**' }, { value: keyword.markdown }] };
      }

      const field = schemaStore.field(word.word);
      if (field) {
        return {
          range: range,
          contents: [
            { value: '`' + field.name + '`: ' + field.type },
            // expect: xss
            { value: field.description, supportHtml: true },
          ],
        };
      }

      const macro = schemaStore.macro(word.word);
      if (macro) {
        return {
          range: range,
          contents: [
            // expect: xss
            { value: macro.helpMarkdown, isTrusted: true },
          ],
        };
      }
      return null;
    },
  });
}

// Diagnostics include review comments other members leave on shared queries.
export function registerDiagnosticsHover(diagnostics) {
  return monaco.languages.registerHoverProvider('querylang', {
    provideHover(model, position) {
      const hit = diagnostics.at(position.lineNumber, position.column);
      if (!hit) return null;
      return {
        range: hit.range,
        contents: [
          { value: '<span style="color:#c00;">Error</span>', supportHtml: true },
          // expect: xss
          { value: '<b>' + hit.reviewer + '</b>: ' + hit.reviewComment, supportHtml: true },
          { value: hit.message },
        ],
      };
    },
  });
}
