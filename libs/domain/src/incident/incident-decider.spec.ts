import type { ActorRef } from '../case/case-events';
import {
  CLUSTER_DECIDER,
  INCIDENT_DECIDER,
  type ClusterCommand,
  type ClusterState,
  type IncidentCommand,
} from './incident-decider';
import {
  ClusterAlreadyDecidedError,
  IncidentAlreadyDeclaredError,
  IncidentNotFoundError,
  IncidentUpdateNotFoundError,
  NotCoordinatorError,
  NotIncidentParticipantError,
  UpdateAlreadyAcknowledgedError,
} from './incident-errors';
import { upcastClusterDecisionV1, type IncidentEvent } from './incident-events';
import { redactText } from '../privacy/screened-text';

const AT = '2026-11-20T10:00:00.000Z';
const coordinator: ActorRef = { username: 'k', name: 'K', role: 'coordinator', party: 'arbeidsgruppe-nord' };
const cgm: ActorRef = { username: 's', name: 'S', role: 'responder', party: 'cgm' };
const pridok: ActorRef = { username: 'p', name: 'P', role: 'responder', party: 'pridok' };
const morkved: ActorRef = { username: 'l', name: 'L', role: 'reporter', organisation: 'morkved-legesenter' };
const elsewhere: ActorRef = { username: 'e', name: 'E', role: 'reporter', organisation: 'alta-legekontor' };
const text = { text: redactText('Rettet'), piiRedacted: 0 };

const declared = {
  type: 'incident.declared' as const,
  data: {
    incidentId: 'i1',
    clusterId: 'cl-1',
    title: redactText('SFM-synk'),
    system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
    category: 'sfm',
    subcategory: 'sync',
    party: 'cgm',
    regions: ['helse-nord'],
    cases: [{ caseId: 'c1', organisation: 'morkved-legesenter' }],
    by: coordinator,
    at: AT,
  },
} satisfies IncidentEvent;
const published: IncidentEvent = {
  type: 'incident.update-published',
  data: { updateId: 'u1', body: text, by: cgm, at: AT },
};

function given(...events: IncidentEvent[]) {
  const state = events.reduce(INCIDENT_DECIDER.evolve, INCIDENT_DECIDER.initialState);
  return {
    when: (command: IncidentCommand) => ({
      then: (expected: IncidentEvent[]) => expect(INCIDENT_DECIDER.decide(command, state)).toEqual(expected),
      thenFails: (error: new (...args: never[]) => Error) =>
        expect(() => INCIDENT_DECIDER.decide(command, state)).toThrow(error),
    }),
  };
}

describe('Incident decider', () => {
  const declare = (actor: ActorRef): IncidentCommand => {
    const { by: _by, at: _at, ...incident } = declared.data;
    return { type: 'declare-incident', actor, at: AT, incident };
  };

  it('is declared by a coordinator, once', () => {
    given().when(declare(coordinator)).then([declared]);
    given().when(declare(cgm)).thenFails(NotCoordinatorError);
    given(declared).when(declare(coordinator)).thenFails(IncidentAlreadyDeclaredError);
  });

  it('takes updates from coordinators and its own party only, and a retried update once', () => {
    const publish = (actor: ActorRef): IncidentCommand => ({
      type: 'publish-incident-update',
      actor,
      at: AT,
      updateId: 'u1',
      body: text,
    });
    given(declared).when(publish(cgm)).then([published]);
    given(declared)
      .when(publish(coordinator))
      .then([{ ...published, data: { ...published.data, by: coordinator } }] as IncidentEvent[]);
    given(declared).when(publish(pridok)).thenFails(NotIncidentParticipantError);
    given(declared, published).when(publish(cgm)).then([]);
    given().when(publish(cgm)).thenFails(IncidentNotFoundError);
  });

  it('is acknowledged once per linked organisation and update', () => {
    const acknowledge = (actor: ActorRef, updateId = 'u1'): IncidentCommand => ({
      type: 'acknowledge-incident-update',
      actor,
      at: AT,
      updateId,
    });
    const acknowledged: IncidentEvent = {
      type: 'incident.update-acknowledged',
      data: { updateId: 'u1', organisation: 'morkved-legesenter', by: morkved, at: AT },
    };
    given(declared, published).when(acknowledge(morkved)).then([acknowledged]);
    given(declared, published, acknowledged).when(acknowledge(morkved)).thenFails(UpdateAlreadyAcknowledgedError);
    given(declared, published).when(acknowledge(elsewhere)).thenFails(NotIncidentParticipantError);
    given(declared, published).when(acknowledge(cgm)).thenFails(NotIncidentParticipantError);
    given(declared, published).when(acknowledge(morkved, 'u2')).thenFails(IncidentUpdateNotFoundError);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'knows no update %s (the id comes from the request path), whatever every object inherits',
    (updateId) => {
      const acknowledge: IncidentCommand = { type: 'acknowledge-incident-update', actor: morkved, at: AT, updateId };
      given(declared, published).when(acknowledge).thenFails(IncidentUpdateNotFoundError);
      given(declared, published)
        .when({ type: 'publish-incident-update', actor: cgm, at: AT, updateId, body: text })
        .then([{ type: 'incident.update-published', data: { updateId, body: text, by: cgm, at: AT } }]);
    },
  );

  it('records where an update was delivered', () => {
    const record: IncidentCommand = {
      type: 'record-update-delivery',
      actor: { username: 'lagspill', name: 'Lagspill', role: 'system' },
      at: AT,
      updateId: 'u1',
      delivered: ['c1'],
      skipped: [],
    };
    given(declared, published)
      .when(record)
      .then([{ type: 'incident.update-delivered', data: { updateId: 'u1', delivered: ['c1'], skipped: [], at: AT } }]);
    given(declared).when(record).thenFails(IncidentUpdateNotFoundError);
  });
});

describe('Cluster decider', () => {
  const confirm: ClusterCommand = {
    type: 'confirm-cluster',
    actor: coordinator,
    at: AT,
    clusterId: 'cl-1',
    region: 'helse-nord',
    incidentId: 'i1',
  };
  const reject: ClusterCommand = {
    type: 'reject-cluster',
    actor: coordinator,
    at: AT,
    clusterId: 'cl-1',
    region: 'helse-nord',
    reason: redactText('Nei'),
  };
  const decide = (command: ClusterCommand, decisions: ClusterState['decisions'] = {}) =>
    CLUSTER_DECIDER.decide(command, { decisions });

  it('is confirmed or rejected by a coordinator, once per region, and remembered', () => {
    expect(decide(confirm)).toEqual([
      {
        type: 'cluster.confirmed',
        data: { clusterId: 'cl-1', region: 'helse-nord', incidentId: 'i1', by: coordinator, at: AT },
      },
    ]);
    expect(decide(reject)).toEqual([
      {
        type: 'cluster.rejected',
        data: { clusterId: 'cl-1', region: 'helse-nord', reason: 'Nei', by: coordinator, at: AT },
      },
    ]);
    expect(() => decide(reject, { 'helse-nord': 'rejected' })).toThrow(ClusterAlreadyDecidedError);
    expect(() => decide(confirm, { 'helse-nord': 'rejected' })).toThrow(ClusterAlreadyDecidedError);
    expect(() => decide({ ...confirm, actor: cgm })).toThrow(NotCoordinatorError);
    expect(CLUSTER_DECIDER.evolve(CLUSTER_DECIDER.initialState, decide(reject)[0])).toEqual({
      decisions: { 'helse-nord': 'rejected' },
    });
  });

  it('lets another region decide the same cluster for itself, whatever the first decided', () => {
    const vest = { ...confirm, region: 'helse-vest', incidentId: 'i2' };
    expect(decide(vest, { 'helse-nord': 'confirmed' })).toEqual([
      { type: 'cluster.confirmed', data: expect.objectContaining({ region: 'helse-vest', incidentId: 'i2' }) },
    ]);
    const state = [decide(confirm)[0], decide(vest)[0]].reduce(CLUSTER_DECIDER.evolve, CLUSTER_DECIDER.initialState);
    expect(state).toEqual({ decisions: { 'helse-nord': 'confirmed', 'helse-vest': 'confirmed' } });
    expect(() => decide({ ...reject, region: 'constructor' }, {})).not.toThrow();
  });

  it('reads a decision of schema version 1 as Helse Nord’s', () => {
    const v1 = { clusterId: 'cl-1', incidentId: 'i1', by: coordinator, at: AT };
    expect(upcastClusterDecisionV1(v1)).toEqual({ ...v1, region: 'helse-nord' });
  });
});
