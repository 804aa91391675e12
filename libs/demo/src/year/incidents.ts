import type { Directory, Organisation, OrganisationSystem, OrganisationType } from '@lagspill/domain';
import type { IncidentKind } from './case-plan';
import { addOfficeHours, HOUR_MS, MINUTE_MS, nextWorkingDayAt } from './oslo-calendar';
import type { RolloutWave } from './rollout';
import type { SeededRandom } from './seeded-random';

/**
 * A burst of reports of one fault from many organisations on the same system within days: what the
 * clustering of incidents must find. The reports are ordinary cases; no incident case or link is made.
 */
export interface Incident {
  readonly kind: IncidentKind;
  readonly category: string;
  readonly subcategory: string;
  /** The system every organisation in the burst runs. */
  readonly system: Pick<OrganisationSystem, 'vendor' | 'product' | 'version'>;
  readonly start: number;
  /** When the fault is fixed: the vendor's next release, or the service back up. */
  readonly end: number;
  readonly organisations: readonly string[];
}

/** A report that belongs to an incident: who, when, and about what (`category` may differ, see below). */
export interface IncidentReport {
  readonly incident: Incident;
  readonly organisation: string;
  readonly at: number;
  readonly category: string;
  readonly subcategory: string;
}

/** Incidents make at most this share of a demo year's reports, split between the two. */
const INCIDENT_SHARE = 0.2;

/** What the incidents are planned in. */
export interface IncidentWindow {
  readonly directory: Directory;
  readonly waves: readonly RolloutWave[];
  readonly start: number;
  readonly now: number;
  /** Cases in the whole year: bursts grow with the volume, so they stand out from the background. */
  readonly cases: number;
}

/**
 * The demo year's two incidents (domain brief §2.1, §7.10):
 * - a CGM Journal release breaks SFM sync at every GP office running it, in every helsefellesskap that is
 *   live by then; the offices report it within three working days and CGM fixes it in its next release
 *   about two and a half weeks later;
 * - Reseptformidleren is down for a few hours: every Apotek 1 pharmacy on Eik in the live areas reports
 *   within the hour that it cannot dispense, and GP offices report that prescriptions do not arrive (a
 *   message-chain fault, as prescribers see it).
 * Each burst is several times what the same organisations report of that fault in a few ordinary days.
 */
export function planIncidents(window: IncidentWindow, random: SeededRandom): IncidentReport[] {
  const { directory, waves, start, now, cases } = window;
  const live = (organisation: Organisation, at: number) => {
    const hf = directory.locate(organisation.id).helsefellesskap.id;
    return (waves.find((w) => w.helsefellesskap === hf)?.goLive ?? start) <= at;
  };
  const runs = (system: Incident['system'], types: readonly OrganisationType[], at: number) =>
    directory.data.organisations.filter(
      (o) =>
        types.includes(o.type) &&
        o.system.vendor === system.vendor &&
        o.system.product === system.product &&
        o.system.version === system.version &&
        live(o, at),
    );
  const budget = Math.floor((cases * INCIDENT_SHARE) / 2);
  /** About `mean` reports per organisation (at least one), within the incident's budget. */
  const reportsEach = (mean: number) => 1 + random.int(0, Math.round(2 * (mean - 1)) + 1);

  const release: IncidentReport[] = [];
  // The release reaches the offices once every wave is live, halfway between the last go-live and now.
  const lastGoLive = Math.max(...waves.map((w) => w.goLive));
  const releaseAt = nextWorkingDayAt(lastGoLive + (now - lastGoLive) / 2, 8);
  const cgm = { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' };
  const offices = runs(cgm, ['gp-office'], releaseAt);
  if (offices.length > 0 && releaseAt < now) {
    const incident: Incident = {
      kind: 'cgm-release',
      category: 'sfm',
      subcategory: 'sync',
      system: cgm,
      start: releaseAt,
      end: addOfficeHours(releaseAt, 96),
      organisations: offices.map((o) => o.id),
    };
    for (const office of offices) {
      for (let i = reportsEach(Math.max(1.5, cases / 7000)); i > 0 && release.length < budget; i--) {
        // Most offices notice on the first day; all within three working days.
        const at = addOfficeHours(releaseAt, Math.min(23.5, random.logNormal(4, 1)));
        release.push({ incident, organisation: office.id, at, category: 'sfm', subcategory: 'sync' });
      }
    }
  }

  const outage: IncidentReport[] = [];
  const outageAt = nextWorkingDayAt(start + (now - start) * 0.45, 10) + random.int(0, 40) * MINUTE_MS;
  const eik = { vendor: 'apotek1', product: 'Eik', version: undefined };
  const pharmacies = runs(eik, ['pharmacy', 'multidose-pharmacy'], outageAt);
  if (pharmacies.length > 0 && outageAt < now) {
    const incident: Incident = {
      kind: 'prescription-outage',
      category: 'pharmacy-system',
      subcategory: 'cannot-dispense',
      system: eik,
      start: outageAt,
      end: outageAt + 2.5 * HOUR_MS,
      organisations: pharmacies.map((o) => o.id),
    };
    const { category, subcategory } = incident;
    for (const pharmacy of pharmacies) {
      for (let i = reportsEach(Math.max(1, cases / 20_000)); i > 0 && outage.length < budget; i--) {
        const at = outageAt + random.int(3, 60) * MINUTE_MS;
        outage.push({ incident, organisation: pharmacy.id, at, category, subcategory });
      }
    }
    const prescribers = directory.data.organisations.filter((o) => o.type === 'gp-office' && live(o, outageAt));
    for (
      let i = Math.round(Math.max(3, cases / 5000));
      i > 0 && prescribers.length > 0 && outage.length < budget;
      i--
    ) {
      const at = outageAt + random.int(20, 140) * MINUTE_MS;
      outage.push({
        incident,
        organisation: random.pick(prescribers).id,
        at,
        category: 'reseptformidler',
        subcategory: 'delay',
      });
    }
  }
  return [...release, ...outage];
}
