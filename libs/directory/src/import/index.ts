export * from './csv';
export * from './directory-labels';
export * from './directory-sheet';
export * from './directory-json';
export type { DirectoryImportFile } from './import-file';
