import { useSession } from '../../../auth/session';
import { ORGANISATION_TYPE_LABELS, REGION_NAMES, regionName } from '../directory-labels';
import { DirectoryListPage } from '../directory-list';
import { ORGANISATIONS } from '../entry-kinds';

/** The directory's organisations: search by name, orgnr or HER-id; filter by type and region. */
export function OrganisationListPage() {
  const { me } = useSession();
  return (
    <DirectoryListPage
      kind={ORGANISATIONS}
      title="Virksomheter"
      create="Registrer en ny virksomhet"
      intro={
        <>
          Legekontor, sykehjem, apotek og andre som melder feil, med systemet de bruker.{' '}
          {me?.role === 'coordinator'
            ? `Du kan endre virksomhetene i ${regionName(me.region)}.`
            : 'Som administrator kan du endre alle.'}
        </>
      }
      filters={[
        { param: 'type', label: 'Type', labels: ORGANISATION_TYPE_LABELS },
        { param: 'region', label: 'Region', labels: REGION_NAMES },
      ]}
      searchLabel="Navn, orgnr eller HER-id"
      columns={[
        { heading: 'Type', cell: (o) => ORGANISATION_TYPE_LABELS[o.type] },
        { heading: 'Kommune', cell: (o) => o.municipalityName ?? o.municipality },
        { heading: 'Region', cell: (o) => regionName(o.region) },
        { heading: 'Orgnr', cell: (o) => o.orgnr },
        { heading: 'HER-id', cell: (o) => o.herId },
        { heading: 'System', cell: (o) => `${o.system.product}${o.system.version ? ` ${o.system.version}` : ''}` },
      ]}
    />
  );
}
