import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { CHECKIN_PATH, NEW_ACTIVITY_PATH } from "./activities.ts";
import { RequireSession } from "./components/RequireSession.tsx";
import { LanguageProvider } from "./language.tsx";
import { ACTIVITY_USERS, CHAIN, COVERAGE_READERS, OFFICE, OPINION_USERS, PATHS, STATS_READERS } from "./navigation.ts";
import { PublicHome } from "./pages/PublicHome.tsx";
import { SessionProvider } from "./session.tsx";

// The public home loads with the app; the other pages (and the antd parts only they use) load on demand.
const Login = lazy(() => import("./pages/Login.tsx").then((m) => ({ default: m.Login })));
const NotFound = lazy(() => import("./pages/NotFound.tsx").then((m) => ({ default: m.NotFound })));
const OpinionNew = lazy(() => import("./pages/OpinionNew.tsx").then((m) => ({ default: m.OpinionNew })));
const OpinionTrack = lazy(() => import("./pages/OpinionTrack.tsx").then((m) => ({ default: m.OpinionTrack })));
// The staff frame (header, navigation) loads with the first signed-in page that needs it.
const StaffRoute = lazy(() => import("./components/StaffRoute.tsx").then((m) => ({ default: m.StaffRoute })));
const StaffHome = lazy(() => import("./pages/StaffHome.tsx").then((m) => ({ default: m.StaffHome })));
const Roster = lazy(() => import("./pages/Roster.tsx").then((m) => ({ default: m.Roster })));
const RosterImport = lazy(() => import("./pages/RosterImport.tsx").then((m) => ({ default: m.RosterImport })));
const Assignments = lazy(() => import("./pages/Assignments.tsx").then((m) => ({ default: m.Assignments })));
const CoveragePage = lazy(() => import("./pages/CoveragePage.tsx").then((m) => ({ default: m.CoveragePage })));
const MyPeople = lazy(() => import("./pages/MyPeople.tsx").then((m) => ({ default: m.MyPeople })));
const LogContact = lazy(() => import("./pages/LogContact.tsx").then((m) => ({ default: m.LogContact })));
const Ledger = lazy(() => import("./pages/Ledger.tsx").then((m) => ({ default: m.Ledger })));
// The dashboard brings ECharts; it loads only when the dashboard is opened.
const Dashboard = lazy(() => import("./pages/Dashboard.tsx").then((m) => ({ default: m.Dashboard })));
const Reports = lazy(() => import("./pages/Reports.tsx").then((m) => ({ default: m.Reports })));
const ReportDetail = lazy(() => import("./pages/ReportDetail.tsx").then((m) => ({ default: m.ReportDetail })));
const Activities = lazy(() => import("./pages/Activities.tsx").then((m) => ({ default: m.Activities })));
const ActivityNew = lazy(() => import("./pages/ActivityNew.tsx").then((m) => ({ default: m.ActivityNew })));
const ActivityDetail = lazy(() => import("./pages/ActivityDetail.tsx").then((m) => ({ default: m.ActivityDetail })));
const Checkin = lazy(() => import("./pages/Checkin.tsx").then((m) => ({ default: m.Checkin })));
const Opinions = lazy(() => import("./pages/Opinions.tsx").then((m) => ({ default: m.Opinions })));
const OpinionDetail = lazy(() => import("./pages/OpinionDetail.tsx").then((m) => ({ default: m.OpinionDetail })));
const OpinionSettings = lazy(() => import("./pages/OpinionSettings.tsx").then((m) => ({ default: m.OpinionSettings })));
const DutyRecord = lazy(() => import("./pages/DutyRecord.tsx").then((m) => ({ default: m.DutyRecord })));

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={null}>
            <Routes>
              <Route path="/" element={<PublicHome />} />
              <Route path="/opinions/new" element={<OpinionNew />} />
              <Route path="/opinions/track" element={<OpinionTrack />} />
              <Route path="/opinions/track/:code" element={<OpinionTrack />} />
              <Route
                path={PATHS.opinions}
                element={<StaffRoute roles={OPINION_USERS} page={(session) => <Opinions session={session} />} />}
              />
              <Route
                path={PATHS.opinionSettings}
                element={<StaffRoute roles={OFFICE} page={(session) => <OpinionSettings session={session} />} />}
              />
              <Route
                path={`${PATHS.opinions}/:id`}
                element={<StaffRoute roles={OPINION_USERS} page={(session) => <OpinionDetail session={session} />} />}
              />
              <Route path="/login" element={<Login />} />
              <Route
                path={PATHS.home}
                element={<RequireSession>{(session) => <StaffHome session={session} />}</RequireSession>}
              />
              <Route
                path={PATHS.roster}
                element={<StaffRoute roles={OFFICE} page={(session) => <Roster session={session} />} />}
              />
              <Route path={PATHS.rosterImport} element={<StaffRoute roles={OFFICE} page={() => <RosterImport />} />} />
              <Route
                path={PATHS.assignments}
                element={<StaffRoute roles={OFFICE} page={(session) => <Assignments session={session} />} />}
              />
              <Route
                path={PATHS.coverage}
                element={<StaffRoute roles={COVERAGE_READERS} page={(session) => <CoveragePage session={session} />} />}
              />
              <Route path={PATHS.myPeople} element={<StaffRoute roles={CHAIN} page={() => <MyPeople />} />} />
              <Route path={PATHS.logContact} element={<StaffRoute roles={CHAIN} page={() => <LogContact />} />} />
              <Route path={PATHS.ledger} element={<StaffRoute roles={CHAIN} page={() => <Ledger />} />} />
              <Route
                path={PATHS.dashboard}
                element={<StaffRoute roles={STATS_READERS} page={(session) => <Dashboard session={session} />} />}
              />
              <Route
                path={PATHS.reports}
                element={<StaffRoute roles={STATS_READERS} page={(session) => <Reports session={session} />} />}
              />
              <Route
                path={`${PATHS.reports}/:id`}
                element={<StaffRoute roles={STATS_READERS} page={(session) => <ReportDetail session={session} />} />}
              />
              <Route
                path={PATHS.activities}
                element={<StaffRoute roles={ACTIVITY_USERS} page={(session) => <Activities session={session} />} />}
              />
              <Route
                path={NEW_ACTIVITY_PATH}
                element={<StaffRoute roles={OFFICE} page={(session) => <ActivityNew session={session} />} />}
              />
              <Route
                path={`${PATHS.activities}/:id`}
                element={<StaffRoute roles={ACTIVITY_USERS} page={(session) => <ActivityDetail session={session} />} />}
              />
              <Route path={CHECKIN_PATH} element={<StaffRoute roles={ACTIVITY_USERS} page={() => <Checkin />} />} />
              <Route
                path={PATHS.myRecord}
                element={<StaffRoute roles={CHAIN} page={(session) => <DutyRecord session={session} />} />}
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
