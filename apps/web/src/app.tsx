import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
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

/** Where each role starts. */
const HOME: Readonly<Record<Role, string>> = {
  reporter: '/saker',
  responder: '/innboks',
  coordinator: '/oversikt',
  admin: '/oversikt',
  system: '/saker',
};

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
            <Only roles={['responder']}>
              <CaseListPage mode="inbox" />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Home() {
  const { me } = useSession();
  return <Signed>{me ? <Navigate to={HOME[me.role]} replace /> : null}</Signed>;
}

/** Pages for logged-in users: anyone else goes to the login page and comes back afterwards. */
function Signed({ children }: { readonly children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading what="innlogging" />;
  if (!me) return <Navigate to="/logg-inn" replace state={{ returnTo: location.pathname + location.search }} />;
  return <>{children}</>;
}

function Only({ roles, children }: { readonly roles: readonly Role[]; readonly children: ReactNode }) {
  const { me } = useSession();
  return <Signed>{me && !roles.includes(me.role) ? <NotFoundPage /> : children}</Signed>;
}
