// The profile route: the profile feature, with the development plan feature in its plan slot. The plan
// (which reads the database) loads with the profile's body, not before the page's first paint.
import { lazy, Suspense } from 'react';
import { ProfilePage } from '../features/profile/ProfilePage';

const PlanSummary = lazy(() =>
  import('../features/plan/PlanSummary').then((m) => ({ default: m.PlanSummary })),
);

export function ProfileRoute() {
  return (
    <ProfilePage
      plan={
        <Suspense fallback={null}>
          <PlanSummary />
        </Suspense>
      }
    />
  );
}
