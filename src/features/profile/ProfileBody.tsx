// The body of "Mon profil" (ProfilePage.tsx shows its title first): reads the bilan, its answers and
// notes, and gives them to ProfileView.tsx, which renders the whole profile.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAssessment, useCompetencyResponses, usePostureValues } from '../../db/hooks';
import { BilanNotFound } from '../../components/BilanNotFound';
import { ProfileView } from './ProfileView';

/** `plan` is the development plan's section, given by the route (features do not import each other). */
export function ProfileBody({ plan }: { readonly plan?: ReactNode }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  const responses = useCompetencyResponses(id);
  const values = usePostureValues(id);
  const read = useMemo(
    () => (assessment && responses && values ? { assessment, responses, values } : undefined),
    [assessment, responses, values],
  );
  // The whole profile (about 900 elements) renders as a transition, in slices, as every live query's
  // answer does (db/hooks.ts).
  if (assessment === null) return <BilanNotFound />;
  if (!read) return <p role="status">{t(($) => $.app.loading)}</p>;
  return <ProfileView {...read} plan={plan} />;
}
