// The body of "Mon profil" (ProfilePage.tsx shows its title first): reads the bilan, its answers and
// notes, and gives them to ProfileView.tsx, which renders the whole profile.
import type { ReactNode } from 'react';
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
  if (assessment === null) return <BilanNotFound />;
  if (assessment === undefined || responses === undefined || values === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  return <ProfileView assessment={assessment} responses={responses} values={values} plan={plan} />;
}
