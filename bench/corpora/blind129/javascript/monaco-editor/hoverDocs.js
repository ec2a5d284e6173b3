import * as monaco from 'monaco-editor';
import { fetchSymbolDoc, fetchLintMessage, fetchReviewComment } from './api';

export function registerHovers(languageId) {
  monaco.languages.registerHoverProvider(languageId, {
    async provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) {
        return null;
      }
      const doc = await fetchSymbolDoc(word.word);
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [
          { value: `**${doc.name}**` },
          // expect: xss
          { value: doc.descriptionHtml, supportHtml: true },
        ],
      };
    },
  });

  monaco.languages.registerHoverProvider(languageId, {
    async provideHover(model, position) {
      const lint = await fetchLintMessage(model.uri.toString(), position.lineNumber);
      if (!lint) {
        return null;
      }
      return {
        range: new monaco.Range(position.lineNumber, 1, position.lineNumber, model.getLineMaxColumn(position.lineNumber)),
        contents: [
          // expect: xss
          { value: lint.messageMarkdown, isTrusted: true },
          { value: `Rule: \`${lint.ruleId}\`` },
        ],
      };
    },
  });

  monaco.languages.registerHoverProvider(languageId, {
    async provideHover(model, position) {
      const comment = await fetchReviewComment(model.uri.toString(), position.lineNumber);
      if (!comment) {
        return null;
      }
      return {
        range: new monaco.Range(position.lineNumber, 1, position.lineNumber, 1),
        contents: [
          // expect: xss
          { value: comment.author + ': ' + comment.body, supportHtml: true },
          { value: '<b>Review comment</b>', supportHtml: true },
          { value: comment.body },
        ],
      };
    },
  });
}
