import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { RequireSession } from "./components/RequireSession.tsx";
import { LanguageProvider } from "./language.tsx";
import { PublicHome } from "./pages/PublicHome.tsx";
import { SessionProvider } from "./session.tsx";

// The public home loads with the app; the other pages (and the antd parts only they use) load on demand.
const Login = lazy(() => import("./pages/Login.tsx").then((m) => ({ default: m.Login })));
const NotFound = lazy(() => import("./pages/NotFound.tsx").then((m) => ({ default: m.NotFound })));
const OpinionNew = lazy(() => import("./pages/OpinionNew.tsx").then((m) => ({ default: m.OpinionNew })));
const OpinionTrack = lazy(() => import("./pages/OpinionTrack.tsx").then((m) => ({ default: m.OpinionTrack })));
const StaffHome = lazy(() => import("./pages/StaffHome.tsx").then((m) => ({ default: m.StaffHome })));

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
              <Route path="/login" element={<Login />} />
              <Route
                path="/home"
                element={<RequireSession>{(session) => <StaffHome session={session} />}</RequireSession>}
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
