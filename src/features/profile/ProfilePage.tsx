// "Mon profil": its title and what it is show at once; the profile itself (ProfileBody.tsx, with the
// storage and scoring code) starts loading once that is painted.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useAfterFirstPaint } from '../../components/afterFirstPaint';

const ProfileBody = lazy(() =>
  import('../../db/open')
    .then(({ afterOpening }) => afterOpening(() => import('./ProfileBody')))
    .then((m) => ({ default: m.ProfileBody })),
);

/** `plan` is the development plan's section, given by the route (features do not import each other). */
export function ProfilePage({ plan }: { readonly plan?: ReactNode }) {
  const { t } = useTranslation();
  const painted = useAfterFirstPaint();
  const loading = <p role="status">{t('app.loading')}</p>;
  return (
    <div className="profile">
      <PageTitle>{t('profile.title')}</PageTitle>
      <p className="intro">{t('profile.mirror')}</p>
      {painted ? (
        <Suspense fallback={loading}>
          <ProfileBody plan={plan} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
