import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { oneLine, StartUpError } from './start-up-error';

const EX_CANTCREAT = 73;

/**
 * Makes `directory` (and its parents) if it does not exist, and checks that it can be written, so that
 * a bad LAGSPILL_DATA_DIR stops start-up with one line naming it, before the embedded PostgreSQL starts.
 */
export async function ensureWritableDirectory(variable: string, directory: string): Promise<void> {
  try {
    await mkdir(directory, { recursive: true });
    await access(directory, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StartUpError(
      `${variable}=${directory} cannot be used: ${whyNot(error, resolve(directory))}`,
      EX_CANTCREAT,
      {
        cause: error,
      },
    );
  }
}

function whyNot(error: unknown, path: string): string {
  switch ((error as { code?: string }).code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied for ${path} or a directory above it (EACCES)`;
    case 'EEXIST':
      return `${path} is a file, not a directory (EEXIST)`;
    case 'ENOTDIR':
      return `a part of ${path} is a file, not a directory (ENOTDIR)`;
    case 'EROFS':
      return `${path} is on a read-only file system (EROFS)`;
    case 'ENOSPC':
      return `no space left on the device of ${path} (ENOSPC)`;
    default:
      return oneLine(error);
  }
}
