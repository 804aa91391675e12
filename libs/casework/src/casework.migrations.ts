import { CaseFollowers1796695200000 } from './following/case-followers.migration';
import { CaseViewDueAt1796083200000 } from './read-model/case-view-due-at.migration';
import { CaseView1763776800000 } from './read-model/case-view.migration';
import { SavedFilters1796605200000 } from './saved-filters/saved-filters.migration';

/** Every migration of the casework context, oldest first; a deployable hands them to PlatformModule. */
export const CASEWORK_MIGRATIONS = [
  CaseView1763776800000,
  CaseViewDueAt1796083200000,
  SavedFilters1796605200000,
  CaseFollowers1796695200000,
];
