// The database's health banner, wired to the live store. Loaded beside the first page, not before it:
// the frame paints without the storage code, and the banner is there as soon as anything is stored.
import { DatabaseBanner } from '../components/DatabaseBanner';
import { useDatabaseHealth } from '../db/hooks';

export function DatabaseStatus() {
  const health = useDatabaseHealth();
  return <DatabaseBanner status={health.status} unsaved={health.unsaved} onRetry={health.retry} />;
}
