import { useSession } from '../../../auth/session';
import { PARTY_KIND_LABELS, regionName } from '../directory-labels';
import { DirectoryListPage } from '../directory-list';
import { PARTIES } from '../entry-kinds';

/** The parties that answer cases: vendors, Norsk helsenett, pharmacy chains and the working groups. */
export function PartyListPage() {
  const { me } = useSession();
  return (
    <DirectoryListPage
      kind={PARTIES}
      title="Parter"
      create={me?.role === 'admin' ? 'Registrer en ny part' : undefined}
      intro={
        <>
          Leverandører, Norsk helsenett, apotekkjeder og de regionale arbeidsgruppene: de som får saker og svarer på
          dem.
          {me?.role === 'admin' ? '' : ' Bare administratorer kan endre partene.'}
        </>
      }
      filters={[{ param: 'type', label: 'Type', labels: PARTY_KIND_LABELS }]}
      searchLabel="Navn"
      columns={[
        { heading: 'Type', cell: (party) => PARTY_KIND_LABELS[party.kind] },
        { heading: 'Region', cell: (party) => (party.region ? regionName(party.region) : 'Nasjonal') },
        { heading: 'Produkter', cell: (party) => party.products.join(', ') },
        {
          heading: 'Frister (timer)',
          cell: (party) => `${party.serviceLevel.firstResponseHours} / ${party.serviceLevel.resolutionHours}`,
        },
      ]}
    />
  );
}
