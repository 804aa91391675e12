import { CaseView1763776800000 } from './read-model/case-view.migration';

/** Every migration of the casework context; a deployable hands them to PlatformModule. */
export const CASEWORK_MIGRATIONS = [CaseView1763776800000];
