import { DirectorySchema1796518800000 } from './schema/directory.migration';

/** The directory's migrations, oldest first. */
export const DIRECTORY_MIGRATIONS = [DirectorySchema1796518800000];
