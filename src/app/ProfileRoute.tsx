// The profile route: the profile feature, with the development plan feature in its plan slot.
import { ProfilePage } from '../features/profile/ProfilePage';
import { PlanSummary } from '../features/plan/PlanSummary';

export function ProfileRoute() {
  return <ProfilePage plan={<PlanSummary />} />;
}
