import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { getWorkspace } from '@schematics/angular/utility/workspace';

export interface AppProject {
  name: string;
  /** e.g. `src` or `projects/shop/src` */
  sourceRoot: string;
}

/** The application to install into: the named one, else the default project, else the only app. */
export async function resolveAppProject(tree: Tree, name?: string): Promise<AppProject> {
  const workspace = await getWorkspace(tree);
  const candidates = Array.from(workspace.projects.entries()).filter(
    ([, project]) => project.extensions.projectType === 'application'
  );
  const wanted = name || (workspace.extensions.defaultProject as string | undefined);
  const found =
    candidates.find(([projectName]) => projectName === wanted) ??
    (!name && candidates.length === 1 ? candidates[0] : undefined);
  if (!found) {
    throw new SchematicsException(
      name
        ? `Project "${name}" is not an application of this workspace.`
        : 'Name the Spartacus application with --project.'
    );
  }
  const [projectName, project] = found;
  const sourceRoot = project.sourceRoot ?? `${project.root ? `${project.root}/` : ''}src`;
  return { name: projectName, sourceRoot };
}

export function readText(tree: Tree, path: string): string {
  const content = tree.read(path);
  if (!content) {
    throw new SchematicsException(`${path} does not exist.`);
  }
  return content.toString('utf-8');
}
