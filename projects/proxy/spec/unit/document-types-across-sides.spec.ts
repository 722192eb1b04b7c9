import * as fs from 'node:fs';
import * as ts from 'typescript';
import { DOCUMENT_TYPES, PREFERENCE_CATEGORY_CODES, definitionOf, documentTypesOf } from '../../src/documents/document-types';
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

  it('every preference category governs at least one type, and every type has a category', () => {
    for (const category of PREFERENCE_CATEGORY_CODES) expect(documentTypesOf(category).length).withContext(category).toBeGreaterThan(0);
    for (const type of DOCUMENT_TYPES) expect(PREFERENCE_CATEGORY_CODES).withContext(type).toContain(definitionOf(type).preferenceCategory);
  });

  it("the library's CommunicationCategory lists the proxy's preference categories, in the same order", () => {
    const libraryCategories = enumMembers(librarySource('root/model/communication-preferences.model.ts'), 'CommunicationCategory');
    expect(libraryCategories).toEqual([...PREFERENCE_CATEGORY_CODES]);
  });

  it("every type the library defines (icon, order group) is one of the proxy's", () => {
    const defined = objectKeys(librarySource('root/model/document-types.ts'), 'DOCUMENT_TYPE_DEFINITIONS').map((key) =>
      key.replace(/^\[DocumentType\.(\w+)\]$/, '$1'),
    );
    expect(defined).toEqual([...DOCUMENT_TYPES]);
  });

  for (const language of ['en', 'de']) {
    it(`every type has a ${language} label in the library`, () => {
      const labels = objectKeys(librarySource(`assets/translations/${language}/exstream-documents.ts`), 'exstreamDocumentTypes');
      expect([...labels].sort()).toEqual([...DOCUMENT_TYPES].sort());
    });
  }
});
