import { readFile, writeFile } from 'node:fs/promises';

/**
 * Writes `body` into `file` between `<!-- id -->` and `<!-- /id -->`, replacing what was there and
 * keeping the rest of the file; the section is appended when the file does not have it yet.
 */
export async function writeMarkdownSection(file: string, id: string, body: string, fileTitle: string): Promise<void> {
  const start = `<!-- ${id} -->`;
  const end = `<!-- /${id} -->`;
  const section = `${start}\n\n${body.trim()}\n\n${end}`;
  const existing = (await readIfExists(file)) ?? `# ${fileTitle}\n`;
  const from = existing.indexOf(start);
  const to = existing.indexOf(end, from);
  const updated =
    from >= 0 && to >= 0
      ? existing.slice(0, from) + section + existing.slice(to + end.length)
      : `${existing.trimEnd()}\n\n${section}\n`;
  await writeFile(file, updated);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
