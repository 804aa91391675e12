import {
  Alert,
  Button,
  Details,
  DetailsContent,
  DetailsSummary,
  Field,
  FieldDescription,
  Heading,
  Input,
  Label,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { IMPORT_KINDS } from '@lagspill/domain';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError, type FieldError } from '../../../api/api-error';
import type { DirectoryImportJob, DirectoryImportPlanResponse, ImportSummary } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { usePageTitle } from '../../../hooks/use-page-title';
import { DIRECTORY_CHANGE_LABELS, IMPORT_KIND_LABELS, IMPORT_OUTCOME_LABELS } from '../directory-labels';
import { norwegianMessage } from '../directory-messages';

/** How often a running import is asked how far it has come. */
const POLL_MS = 500;
/** The dry run's list of entries that would change is cut here; the summary counts them all. */
const SHOWN_ENTRIES = 200;

/** The body's content type, by the file's name: JSON, or the sheet as CSV. */
export function contentTypeOf(file: { readonly name: string; readonly type: string }): string {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'application/json' : 'text/csv';
}

/**
 * Bulk changes to the directory from a file (the sheet "Last ned katalogen" gives, saved from Excel as CSV,
 * or JSON): a dry run first says what would be added, changed and left as is, or which rows and columns
 * are wrong; the import then runs in the background with a progress bar.
 */
export function ImportPage() {
  usePageTitle('Import');
  const { api, me } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<DirectoryImportPlanResponse | null>(null);
  const [problems, setProblems] = useState<readonly FieldError[] | null>(null);
  const [job, setJob] = useState<DirectoryImportJob | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<'dry-run' | 'import' | 'export' | null>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  // A running import is asked again until it is done or failed.
  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(() => {
      api
        .get<DirectoryImportJob>(`/api/directory/imports/${encodeURIComponent(job.id)}`)
        .then(setJob)
        .catch(setFailure);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, job]);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPlan(null);
    setProblems(null);
    setJob(null);
    setFailure(undefined);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'dry-run' : 'import');
    setFailure(undefined);
    setProblems(null);
    if (dryRun) setPlan(null);
    try {
      const { body } = await api.request<DirectoryImportPlanResponse | DirectoryImportJob>(
        `/api/directory/imports${dryRun ? '?dryRun=true' : ''}`,
        { method: 'POST', file: { content: file, contentType: contentTypeOf(file) } },
      );
      if (dryRun) setPlan(body as DirectoryImportPlanResponse);
      else setJob(body as DirectoryImportJob);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setProblems(error.problem.errors);
        if (!dryRun) setPlan(null);
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(null);
      requestAnimationFrame(() => outcome.current?.focus());
    }
  };

  const download = async () => {
    setBusy('export');
    setFailure(undefined);
    try {
      const blob = await api.blob('/api/directory/export', 'text/csv');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'lagspill-katalog.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const running = job?.status === 'running';

  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        Import
      </Heading>
      <Paragraph>
        Legg inn eller endre mange virksomheter, parter og personer på en gang fra en fil: katalogarket lagret fra Excel
        som CSV (semikolon), eller JSON. Prøv først: da ser du hva som blir lagt til og endret, eller hvilke rader som
        må rettes. Ingenting importeres fra en fil med feil.
        {me?.role === 'coordinator' && ' Som koordinator kan du bare endre det som hører til regionen din.'}
      </Paragraph>
      {me?.role === 'admin' && (
        <div className="actions">
          <Button
            variant="secondary"
            onClick={() => void download()}
            loading={busy === 'export'}
            disabled={busy === 'export'}
          >
            Last ned katalogen
          </Button>
          <Paragraph data-size="sm" className="muted">
            Hele katalogen som regneark, med de samme kolonnene importen leser.
          </Paragraph>
        </div>
      )}
      <Details>
        <DetailsSummary>Slik skal filen se ut</DetailsSummary>
        <DetailsContent>
          <Paragraph data-size="sm">
            Første linje har overskriftene, i hvilken som helst rekkefølge. Kolonnen «Oppføring» sier hva hver rad er:
            helsefellesskap, kommune, part, organisasjon eller person. En virksomhet trenger ID, Navn, Type, Orgnr,
            HER-id, Kommunenr, Leverandør, System, Integrasjon og Multidose; Versjon, E-post, Multidoseapotek og Aktiv
            (ja/nei) er valgfrie. Den samme filen importert to ganger endrer ingenting andre gang.
          </Paragraph>
        </DetailsContent>
      </Details>

      <div className="stack stack--tight directory-form">
        <Field>
          <Label htmlFor="import-fil">Fil</Label>
          <FieldDescription>En .csv- eller .json-fil.</FieldDescription>
          <Input
            id="import-fil"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
        </Field>
        <div className="actions actions--wrap">
          <Button
            variant="secondary"
            onClick={() => void send(true)}
            disabled={!file || busy !== null || running}
            loading={busy === 'dry-run'}
          >
            Prøv først
          </Button>
          <Button
            onClick={() => void send(false)}
            disabled={!plan || busy !== null || running || job?.status === 'done'}
            loading={busy === 'import'}
          >
            Importer
          </Button>
        </div>
        {file && !plan && !problems && !job && (
          <Paragraph data-size="sm" className="muted">
            Trykk «Prøv først» for å se hva importen vil gjøre før du importerer.
          </Paragraph>
        )}
      </div>

      <ErrorAlert error={failure} />
      {problems && <FileProblems problems={problems} heading={outcome} fileName={file?.name ?? 'Filen'} />}
      {job ? <ImportProgress job={job} heading={outcome} /> : plan && <DryRun plan={plan} heading={outcome} />}
    </section>
  );
}

function SummaryTable({ summary, caption }: { readonly summary: ImportSummary; readonly caption: string }) {
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Oppføring</TableHeaderCell>
            <TableHeaderCell>{IMPORT_OUTCOME_LABELS.added}</TableHeaderCell>
            <TableHeaderCell>{IMPORT_OUTCOME_LABELS.changed}</TableHeaderCell>
            <TableHeaderCell>{IMPORT_OUTCOME_LABELS.unchanged}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {IMPORT_KINDS.map((kind) => (
            <TableRow key={kind} data-kind={kind}>
              <TableHeaderCell scope="row">{IMPORT_KIND_LABELS[kind]}</TableHeaderCell>
              <TableCell>{summary[kind].added}</TableCell>
              <TableCell>{summary[kind].changed}</TableCell>
              <TableCell>{summary[kind].unchanged}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function DryRun({
  plan,
  heading,
}: {
  readonly plan: DirectoryImportPlanResponse;
  readonly heading: RefObject<HTMLHeadingElement | null>;
}) {
  const changes = plan.entries.length;
  return (
    <section className="stack stack--tight" aria-labelledby="provekjoring">
      <Heading level={2} data-size="sm" id="provekjoring" ref={heading} tabIndex={-1}>
        Prøvekjøring: dette vil importen gjøre
      </Heading>
      <SummaryTable summary={plan.summary} caption="Hva importen vil gjøre, per type oppføring" />
      {changes === 0 ? (
        <Paragraph>Filen endrer ingenting: alt i den står allerede slik i katalogen.</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            Oppføringer som blir lagt til eller endret ({changes})
          </Heading>
          <div className="table-scroll">
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">Oppføringer som blir lagt til eller endret</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Rad</TableHeaderCell>
                  <TableHeaderCell>Oppføring</TableHeaderCell>
                  <TableHeaderCell>ID</TableHeaderCell>
                  <TableHeaderCell>Utfall</TableHeaderCell>
                  <TableHeaderCell>Hva endres</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.entries.slice(0, SHOWN_ENTRIES).map((entry) => (
                  <TableRow key={`${entry.kind}-${entry.id}`}>
                    <TableCell>{entry.row ?? '–'}</TableCell>
                    <TableCell>{IMPORT_KIND_LABELS[entry.kind]}</TableCell>
                    <TableCell>{entry.id}</TableCell>
                    <TableCell>{IMPORT_OUTCOME_LABELS[entry.outcome]}</TableCell>
                    <TableCell>
                      {[...new Set(entry.changes.map((type) => DIRECTORY_CHANGE_LABELS[type] ?? type))].join(', ')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {changes > SHOWN_ENTRIES && (
            <Paragraph data-size="sm">
              Viser de {SHOWN_ENTRIES} første av {changes}.
            </Paragraph>
          )}
          <Paragraph>Ser det riktig ut? Trykk «Importer».</Paragraph>
        </>
      )}
    </section>
  );
}

function FileProblems({
  problems,
  heading,
  fileName,
}: {
  readonly problems: readonly FieldError[];
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly fileName: string;
}) {
  return (
    <Alert data-color="danger">
      <div className="stack stack--tight">
        <Heading level={2} data-size="sm" ref={heading} tabIndex={-1}>
          {fileName} har {problems.length} feil; ingenting er importert
        </Heading>
        <Paragraph data-size="sm">Rett radene under i filen og prøv igjen.</Paragraph>
        <div className="table-scroll">
          <Table data-size="sm">
            <caption className="visually-hidden">Feil i filen</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Rad</TableHeaderCell>
                <TableHeaderCell>Kolonne</TableHeaderCell>
                <TableHeaderCell>Feil</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {problems.map((problem, index) => (
                <TableRow key={`${problem.row ?? ''}-${problem.field}-${index}`}>
                  <TableCell>{problem.row ?? '–'}</TableCell>
                  <TableCell>{problem.column || (problem.row === undefined ? problem.field : 'Hele raden')}</TableCell>
                  <TableCell>{norwegianMessage(problem.message)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </Alert>
  );
}

function ImportProgress({
  job,
  heading,
}: {
  readonly job: DirectoryImportJob;
  readonly heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { done, total } = job.progress;
  const text =
    job.status === 'running'
      ? `Importerer: ${done} av ${total} endringer er skrevet.`
      : job.status === 'done'
        ? `Importen er ferdig: ${total} ${total === 1 ? 'endring' : 'endringer'} er skrevet.`
        : 'Importen feilet. Ingenting fra filen er lagret.';
  return (
    <section className="stack stack--tight" aria-labelledby="import-status">
      <Heading level={2} data-size="sm" id="import-status" ref={heading} tabIndex={-1}>
        {job.status === 'running' ? 'Importen pågår' : job.status === 'done' ? 'Importen er ferdig' : 'Importen feilet'}
      </Heading>
      <div className="import-progress">
        <label htmlFor="import-framdrift">{text}</label>
        <progress id="import-framdrift" value={job.status === 'done' ? total || 1 : done} max={total || 1} />
      </div>
      {job.status === 'failed' && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{job.error ?? 'Ukjent feil.'}</Paragraph>
        </Alert>
      )}
      {job.status === 'done' && (
        <>
          <Alert data-color="success" role="status">
            <Paragraph>Katalogen er oppdatert.</Paragraph>
          </Alert>
          <SummaryTable summary={job.summary} caption="Hva importen gjorde, per type oppføring" />
        </>
      )}
    </section>
  );
}
