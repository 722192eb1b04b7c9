import { Tree } from '@angular-devkit/schematics';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import { addImportToModule } from '@schematics/angular/utility/ast-utils';
import { InsertChange } from '@schematics/angular/utility/change';
import { readText } from './workspace';

/**
 * Adds `symbol` (imported from `importPath`) to the `imports` of the NgModule
 * in `modulePath`. Does nothing when the module already imports it, so running
 * twice changes nothing.
 */
export function importIntoNgModule(
  tree: Tree,
  modulePath: string,
  symbol: string,
  importPath: string
): boolean {
  const text = readText(tree, modulePath);
  const source = ts.createSourceFile(modulePath, text, ts.ScriptTarget.Latest, true);
  if (ngModuleImports(source).includes(symbol)) {
    return false;
  }
  const recorder = tree.beginUpdate(modulePath);
  for (const change of addImportToModule(source, modulePath, symbol, importPath)) {
    if (change instanceof InsertChange) {
      recorder.insertLeft(change.pos, change.toAdd);
    }
  }
  tree.commitUpdate(recorder);
  return true;
}

/** Names listed in the `imports` array of the file's `@NgModule` decorators. */
export function ngModuleImports(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText() === 'imports' &&
      ts.isArrayLiteralExpression(node.initializer) &&
      isInsideNgModule(node)
    ) {
      for (const element of node.initializer.elements) {
        // `Foo` as well as `Foo.forRoot()`
        names.push(element.getText().split('.')[0].trim());
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function isInsideNgModule(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (
      ts.isDecorator(current) &&
      ts.isCallExpression(current.expression) &&
      current.expression.expression.getText() === 'NgModule'
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The OCC base URL of the app when its Spartacus configuration names it as a
 * string literal (`backend.occ.baseUrl: 'https://...'`), else undefined.
 */
export function findOccBaseUrl(tree: Tree, configurationModulePath: string): string | undefined {
  if (!tree.exists(configurationModulePath)) {
    return undefined;
  }
  const text = readText(tree, configurationModulePath);
  const source = ts.createSourceFile(
    configurationModulePath,
    text,
    ts.ScriptTarget.Latest,
    true
  );
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (
      !found &&
      ts.isPropertyAssignment(node) &&
      node.name.getText() === 'baseUrl' &&
      ts.isStringLiteralLike(node.initializer) &&
      isUnder(node, 'occ')
    ) {
      found = node.initializer.text;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isUnder(node: ts.Node, propertyName: string): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isPropertyAssignment(current) && current.name.getText() === propertyName) {
      return true;
    }
  }
  return false;
}
