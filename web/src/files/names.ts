// Names derived from file names: a dropped article's document id (as the command line names
// documents), and the name an export is saved under.

/** An article's id: its file name without extension. */
export const articleId = (name: string): string => name.replace(/\.[^.]*$/, '') || name;

/** The file name to export under: the first source's name, without folders or extension. */
export function baseName(source: string): string {
  const first = source.split(',')[0] ?? '';
  const file = first.split(/[\\/]/).pop() ?? '';
  return (
    file
      .trim()
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w.-]+/g, '-') || 'claimgraph'
  );
}
