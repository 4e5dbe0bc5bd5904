import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { loadPageTexts, type PageTexts } from '../i18n';
import { AppLayout } from './layout/app-layout';
import { prefetchRoom } from '../features/rooms/api/prefetch-room';
import { RequireAuth, RequireRole } from './routes/guards';
import { Prefetched } from './routes/prefetched';
import { RequireStaff } from './routes/require-staff';

/** A page whose Dutch texts are not in the entry: they load beside its code, drawn once both are there. */
function withTexts<T extends { default: ComponentType }>(load: () => Promise<T>, ...texts: PageTexts[]) {
  return () => Promise.all([load(), loadPageTexts(...texts)]).then(([module]) => module);
}

// One chunk per page: later issues add heavier pages (rooms, facilitator charts).
const LoginRoute = lazy(() => import('./routes/login'));
const RegisterRoute = lazy(() => import('./routes/register'));
const ResetPasswordRoute = lazy(() => import('./routes/reset-password'));
const SecondStepRoute = lazy(() => import('./routes/second-step'));
const HomeRoute = lazy(() => import('./routes/home'));
const AccountRoute = lazy(withTexts(() => import('./routes/account'), 'accessLog', 'outreach'));
const ToegangslogRoute = lazy(withTexts(() => import('./routes/toegangslog'), 'accessLog'));
const WelkomRoute = lazy(() => import('./routes/welkom'));
const AdminRoute = lazy(withTexts(() => import('./routes/admin'), 'accessLog', 'outreach'));
const RoomRoute = lazy(() => import('./routes/room'));
const StoryRoute = lazy(() => import('./routes/story'));
const NotificationsRoute = lazy(() => import('./routes/notifications'));
const TrajectenRoute = lazy(() => import('./routes/trajecten'));
const TrajectRoute = lazy(() => import('./routes/traject'));
const ConsentIndexRoute = lazy(() => import('./routes/consent-index'));
const ConsentRoute = lazy(() => import('./routes/consent'));
const MentorRoute = lazy(withTexts(() => import('./routes/mentor'), 'coding'));
const MentorVindenRoute = lazy(() => import('./routes/mentor-vinden'));
const NaAfloopRoute = lazy(() => import('./routes/na-afloop'));
const MentorenRoute = lazy(() => import('./routes/mentoren'));
const RoomDashboardRoute = lazy(() => import('./routes/room-dashboard'));
const MijnPadRoute = lazy(() => import('./routes/mijn-pad'));
const VragenlijstRoute = lazy(() => import('./routes/vragenlijst'));
const OnderzoekRoute = lazy(withTexts(() => import('./routes/onderzoek'), 'coding'));
const RapportRoute = lazy(withTexts(() => import('./routes/rapport'), 'coding'));
const CoderenRoute = lazy(withTexts(() => import('./routes/coderen'), 'coding'));
const FasecoderingRoute = lazy(withTexts(() => import('./routes/fasecodering'), 'coding'));
const CrisismeldingenRoute = lazy(() => import('./routes/crisismeldingen'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

/** Dutch paths: they are what people see and share. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/inloggen" element={<LoginRoute />} />
        <Route path="/inloggen/tweede-stap" element={<SecondStepRoute />} />
        <Route path="/uitnodiging/:code" element={<RegisterRoute />} />
        <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordRoute />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRoute />} />
          <Route
            path="/ruimtes/:roomId"
            element={
              <Prefetched param="roomId" prefetch={prefetchRoom}>
                <RoomRoute />
              </Prefetched>
            }
          />
          <Route path="/ruimtes/:roomId/verhalen/:storyId" element={<StoryRoute />} />
          <Route path="/meldingen" element={<NotificationsRoute />} />
          <Route path="/account" element={<AccountRoute />} />
          <Route path="/welkom" element={<WelkomRoute />} />
          <Route path="/trajecten" element={<TrajectenRoute />} />
          <Route path="/trajecten/:trajectId" element={<TrajectRoute />} />
          <Route path="/toestemming" element={<ConsentIndexRoute />} />
          <Route path="/toestemming/:enrolmentId" element={<ConsentRoute />} />
          <Route path="/mentor" element={<MentorRoute />} />
          <Route path="/mentor-vinden" element={<MentorVindenRoute />} />
          <Route path="/mijn-pad" element={<MijnPadRoute />} />
          <Route path="/mijn-pad/vragenlijst/:enrolmentId/:moment" element={<VragenlijstRoute />} />
          <Route path="/coderen" element={<CoderenRoute />} />
          <Route element={<RequireStaff />}>
            <Route path="/na-afloop" element={<NaAfloopRoute />} />
            <Route path="/mentoren" element={<MentorenRoute />} />
            <Route path="/ruimtes/:roomId/dashboard" element={<RoomDashboardRoute />} />
            <Route path="/rapport" element={<RapportRoute />} />
            <Route path="/fasecodering" element={<FasecoderingRoute />} />
            <Route path="/crisismeldingen" element={<CrisismeldingenRoute />} />
          </Route>
          <Route element={<RequireRole role="onderzoeker" />}>
            <Route path="/onderzoek" element={<OnderzoekRoute />} />
          </Route>
          <Route element={<RequireRole role="admin" />}>
            <Route path="/beheer" element={<AdminRoute />} />
            <Route path="/beheer/toegangslog" element={<ToegangslogRoute />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
