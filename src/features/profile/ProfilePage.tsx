// "Mon profil": its title and what it is, then the profile itself (ProfileBody.tsx).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ProfileBody } from './ProfileBody';

/** `plan` is the development plan's section, given by the route (features do not import each other). */
export function ProfilePage({ plan }: { readonly plan?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="profile">
      <PageTitle>{t(($) => $.profile.title)}</PageTitle>
      <p className="intro">{t(($) => $.profile.mirror)}</p>
      <ProfileBody plan={plan} />
    </div>
  );
}
