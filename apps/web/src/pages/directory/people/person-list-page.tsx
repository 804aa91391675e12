import { useSession } from '../../../auth/session';
import { ROLE_LABELS } from '../../../labels';
import { regionName } from '../directory-labels';
import { DirectoryListPage } from '../directory-list';
import { PEOPLE } from '../entry-kinds';
import { useDirectoryParties } from '../use-directory-data';

/** The people Lagspill knows: search by name, username or HPR number; filter by role. */
export function PersonListPage() {
  const { me } = useSession();
  const parties = useDirectoryParties();
  return (
    <DirectoryListPage
      kind={PEOPLE}
      title="Personer"
      create="Legg inn en ny person"
      intro={
        me?.role === 'coordinator'
          ? `Personene i virksomhetene i ${regionName(me.region)} og i arbeidsgruppen din.`
          : 'Alle som kan logge inn i Lagspill, og fagsystemene som melder.'
      }
      filters={[{ param: 'role', label: 'Rolle', labels: ROLE_LABELS }]}
      searchLabel="Navn, brukernavn eller HPR-nummer"
      columns={[
        { heading: 'Brukernavn', cell: (person) => person.username },
        { heading: 'Rolle', cell: (person) => ROLE_LABELS[person.role] },
        {
          heading: 'Tilhører',
          cell: (person) => (person.party ? parties.name(person.party) : (person.organisation ?? '–')),
        },
        { heading: 'HPR-nummer', cell: (person) => person.hprNumber ?? '–' },
      ]}
    />
  );
}
