import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import type { DeniedCode } from './api/api-client';
import type { Role } from './api/types';
import { useSession } from './auth/session';
import { Loading } from './components/loading';
import { AppShell } from './layout/app-shell';
import { CallbackPage } from './pages/login/callback-page';
import { LoginPage } from './pages/login/login-page';
import { CasePage } from './pages/case/case-page';
import { CaseListPage } from './pages/cases/case-list-page';
import { ClustersPage } from './pages/clusters/clusters-page';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { NotFoundPage } from './pages/not-found-page';
import { NotificationsPage } from './pages/notifications/notifications-page';
import { ReportPage } from './pages/report/report-page';
import { RoutingRulesPage } from './pages/routing/routing-rules-page';
import { WebhooksPage } from './pages/webhooks/webhooks-page';
import { DeactivatedPage } from './pages/access/deactivated-page';
import { EnrolmentRequestPage } from './pages/access/enrolment-request-page';
import { DirectoryLayout } from './pages/directory/directory-layout';
import { EnrolmentRequestsPage } from './pages/directory/enrolments/enrolment-requests-page';
import { ImportPage } from './pages/directory/import/import-page';
import { OrganisationListPage } from './pages/directory/organisations/organisation-list-page';
import { OrganisationPage } from './pages/directory/organisations/organisation-page';
import { PartyListPage } from './pages/directory/parties/party-list-page';
import { PartyPage } from './pages/directory/parties/party-page';
import { PersonListPage } from './pages/directory/people/person-list-page';
import { PersonPage } from './pages/directory/people/person-page';
import { RegionsPage } from './pages/directory/regions/regions-page';

/** Where each role starts. */
const HOME: Readonly<Record<Role, string>> = {
  reporter: '/saker',
  responder: '/innboks',
  coordinator: '/oversikt',
  admin: '/oversikt',
  system: '/saker',
};

/** Where someone the directory refuses is sent instead of the app. */
export const DENIED_PAGES = { UNKNOWN_USER: '/tilgang/be-om', DEACTIVATED_USER: '/tilgang/deaktivert' } as const;

export function App() {
  return (
    <Routes>
      <Route path="/logg-inn" element={<LoginPage />} />
      <Route path="/auth/callback" element={<CallbackPage />} />
      <Route element={<AppShell />}>
        <Route index element={<Home />} />
        <Route
          path="/meld"
          element={
            <Only roles={['reporter']}>
              <ReportPage />
            </Only>
          }
        />
        <Route
          path="/saker"
          element={
            <Signed>
              <CaseListPage mode="all" />
            </Signed>
          }
        />
        <Route
          path="/innboks"
          element={
            <Only roles={['responder', 'coordinator', 'reporter']}>
              <CaseListPage mode="inbox" />
            </Only>
          }
        />
        <Route
          path="/folger"
          element={
            <Only roles={['reporter', 'responder', 'coordinator', 'admin']}>
              <CaseListPage mode="following" />
            </Only>
          }
        />
        <Route
          path="/saker/:key"
          element={
            <Signed>
              <CasePage />
            </Signed>
          }
        />
        <Route
          path="/oversikt"
          element={
            <Only roles={['coordinator', 'admin', 'responder']}>
              <DashboardPage />
            </Only>
          }
        />
        <Route
          path="/klynger"
          element={
            <Only roles={['coordinator', 'admin']}>
              <ClustersPage />
            </Only>
          }
        />
        <Route
          path="/ruting"
          element={
            <Signed>
              <RoutingRulesPage />
            </Signed>
          }
        />
        <Route
          path="/varsler"
          element={
            <Only roles={['reporter', 'responder', 'coordinator', 'admin']}>
              <NotificationsPage />
            </Only>
          }
        />
        <Route
          path="/webhooker"
          element={
            <Only roles={['responder', 'coordinator', 'admin']}>
              <WebhooksPage />
            </Only>
          }
        />
        <Route
          path="/katalog"
          element={
            <Only roles={['coordinator', 'admin']}>
              <DirectoryLayout />
            </Only>
          }
        >
          <Route index element={<Navigate to="virksomheter" replace />} />
          <Route path="virksomheter" element={<OrganisationListPage />} />
          <Route path="virksomheter/ny" element={<OrganisationPage mode="new" />} />
          <Route path="virksomheter/:id" element={<OrganisationPage mode="edit" />} />
          <Route path="parter" element={<PartyListPage />} />
          <Route path="parter/ny" element={<PartyPage mode="new" />} />
          <Route path="parter/:id" element={<PartyPage mode="edit" />} />
          <Route path="personer" element={<PersonListPage />} />
          <Route path="personer/ny" element={<PersonPage mode="new" />} />
          <Route path="personer/:username" element={<PersonPage mode="edit" />} />
          <Route path="regioner" element={<RegionsPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="tilgang" element={<EnrolmentRequestsPage />} />
        </Route>
        <Route
          path={DENIED_PAGES.UNKNOWN_USER}
          element={
            <Denied code="UNKNOWN_USER">
              <EnrolmentRequestPage />
            </Denied>
          }
        />
        <Route
          path={DENIED_PAGES.DEACTIVATED_USER}
          element={
            <Denied code="DEACTIVATED_USER">
              <DeactivatedPage />
            </Denied>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Home() {
  const { me } = useSession();
  return <Signed>{me ? <Navigate to={HOME[me.role]} replace /> : null}</Signed>;
}

/**
 * Pages for logged-in users: anyone else goes to the login page and comes back afterwards; someone logged
 * in whom the directory refuses gets the page that says why (and how to ask for access) instead.
 */
function Signed({ children }: { readonly children: ReactNode }) {
  const { me, denied, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading what="innlogging" />;
  if (denied) return <Navigate to={DENIED_PAGES[denied]} replace />;
  if (!me) return <Navigate to="/logg-inn" replace state={{ returnTo: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** The page for one way of being refused; anyone else goes where they belong. */
function Denied({ code, children }: { readonly code: DeniedCode; readonly children: ReactNode }) {
  const { me, denied, loading } = useSession();
  if (loading) return <Loading what="innlogging" />;
  if (denied === code) return <>{children}</>;
  if (denied) return <Navigate to={DENIED_PAGES[denied]} replace />;
  return <Navigate to={me ? '/' : '/logg-inn'} replace />;
}

function Only({ roles, children }: { readonly roles: readonly Role[]; readonly children: ReactNode }) {
  const { me } = useSession();
  return <Signed>{me && !roles.includes(me.role) ? <NotFoundPage /> : children}</Signed>;
}
