import type { DirectoryCommand, DirectoryEntryRef } from '@lagspill/domain';

/** The command a change's `active` field asks for, if any. */
export function activation(target: DirectoryEntryRef, active: boolean | undefined): DirectoryCommand[] {
  return active === undefined ? [] : [{ type: active ? 'reactivate' : 'deactivate', target }];
}
