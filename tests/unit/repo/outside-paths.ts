/**
 * Finds references in a project file to paths outside the repository, so that `npm test` keeps
 * working from a clone with nothing beside it. A text scan, not a resolver: it catches the forms
 * such a reference takes in this code base and is honest about the rest (see the cases below).
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** One reference that leaves the repository: where it is and what it says. */
export interface OutsideReference {
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

// A quoted relative path ('./x', "../x", `../x`) or a markdown link target ](../x).
const RELATIVE_LITERAL = /(['"`])(\.{1,2}\/[^'"`\s]*)\1|\]\((\.{1,2}\/[^)\s]*)\)/g;
// Runs of '..' passed as separate path segments: join(here, '..', '..').
const PARENT_SEGMENTS = /(?:(['"])\.\.\1\s*,\s*)*(['"])\.\.\2/g;
// The reference folder that sits beside the repository on the machine the project was built on.
const SHARED_FOLDER = /\.\.\/shared(?=[/'"`]|$)|(['"])shared\1\s*,|\/work\/|\bshared\/(?:sources|docs)\b/g;

/** Whether `path`, resolved, lies outside `root`. */
function escapes(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || resolve(root, rel) !== path;
}

/**
 * References in `text` (the contents of `file`, an absolute path inside `root`) that reach
 * outside `root`: relative paths that climb above it from the file's folder, and any mention of
 * the shared reference folder (`../shared`, `'shared',` as a path segment, `/work/`).
 */
export function outsideReferences(root: string, file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const folder = dirname(file);
  text.split('\n').forEach((lineText, i) => {
    const add = (why: string): void => void found.push({ line: i + 1, text: lineText.trim(), why });
    for (const match of lineText.matchAll(RELATIVE_LITERAL)) {
      const path = match[2] ?? match[3] ?? '';
      if (escapes(root, resolve(folder, path))) add(`"${path}" climbs out of the repository`);
    }
    for (const match of lineText.matchAll(PARENT_SEGMENTS)) {
      const ups = match[0].split(',').length;
      const target = resolve(folder, ...Array<string>(ups).fill('..'));
      if (escapes(root, target)) add(`${ups} × '..' climbs out of the repository`);
    }
    for (const match of lineText.matchAll(SHARED_FOLDER)) add(`"${match[0]}" names the shared folder outside the repository`);
  });
  return found;
}
