import * as fs from 'node:fs';
import * as ts from 'typescript';
import { DOCUMENT_TYPES } from '../../src/documents/model';
import { PREFERENCE_CATEGORIES } from '../../src/preferences/model';
import { repoFile } from '../support/repo-file';

/** Parses a TypeScript file of the Angular library (which this project cannot import). */
function librarySource(relative: string): ts.SourceFile {
  const file = repoFile(`projects/documents/${relative}`);
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Member names of an exported enum. */
function enumMembers(source: ts.SourceFile, name: string): string[] {
  const declaration = source.statements.find(
    (statement): statement is ts.EnumDeclaration => ts.isEnumDeclaration(statement) && statement.name.text === name,
  );
  if (!declaration) throw new Error(`no enum ${name} in ${source.fileName}`);
  return declaration.members.map((member) => member.name.getText(source));
}

/** Property names of an exported `const name = { ... }`. */
function objectKeys(source: ts.SourceFile, name: string): string[] {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(source) === name && declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer)) {
        return declaration.initializer.properties.map((property) => property.name!.getText(source));
      }
    }
  }
  throw new Error(`no object ${name} in ${source.fileName}`);
}

describe('document types across the proxy and the library', () => {
  const libraryTypes = enumMembers(librarySource('root/model/documents.model.ts'), 'DocumentType');

  it("the library's DocumentType lists the proxy's types, in the same order", () => {
    expect(libraryTypes).toEqual([...DOCUMENT_TYPES]);
  });

  it('every type belongs to exactly one preference category', () => {
    for (const type of DOCUMENT_TYPES) {
      const categories = PREFERENCE_CATEGORIES.filter((entry) => (entry.documentTypes as readonly string[]).includes(type));
      expect(categories.length).withContext(type).toBe(1);
    }
  });

  for (const language of ['en', 'de']) {
    it(`every type has a ${language} label in the library`, () => {
      const labels = objectKeys(librarySource(`assets/translations/${language}/exstream-documents.ts`), 'exstreamDocumentTypes');
      expect([...labels].sort()).toEqual([...DOCUMENT_TYPES].sort());
    });
  }
});
