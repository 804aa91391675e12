import { MessagingInbox1796112000000 } from './inbox/inbox.migration';

/** The messaging library's migrations, oldest first; a deployable that consumes over Kafka runs them. */
export const MESSAGING_MIGRATIONS = [MessagingInbox1796112000000];
