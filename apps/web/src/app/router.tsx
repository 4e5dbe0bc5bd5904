import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RequireAuth, RequireRole } from './routes/guards';

// One chunk per page: later issues add heavier pages (rooms, facilitator charts).
const LoginRoute = lazy(() => import('./routes/login'));
const RegisterRoute = lazy(() => import('./routes/register'));
const ResetPasswordRoute = lazy(() => import('./routes/reset-password'));
const HomeRoute = lazy(() => import('./routes/home'));
const AccountRoute = lazy(() => import('./routes/account'));
const AdminRoute = lazy(() => import('./routes/admin'));
const RoomRoute = lazy(() => import('./routes/room'));
const StoryRoute = lazy(() => import('./routes/story'));
const NotificationsRoute = lazy(() => import('./routes/notifications'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

/** Dutch paths: they are what people see and share. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/inloggen" element={<LoginRoute />} />
        <Route path="/uitnodiging/:code" element={<RegisterRoute />} />
        <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordRoute />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRoute />} />
          <Route path="/ruimtes/:roomId" element={<RoomRoute />} />
          <Route path="/ruimtes/:roomId/verhalen/:storyId" element={<StoryRoute />} />
          <Route path="/meldingen" element={<NotificationsRoute />} />
          <Route path="/account" element={<AccountRoute />} />
          <Route element={<RequireRole role="admin" />}>
            <Route path="/beheer" element={<AdminRoute />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
