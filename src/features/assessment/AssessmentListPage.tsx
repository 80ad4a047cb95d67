// The home page: its frame and the way to start a bilan show at once; the person's bilans (which need
// the database) start loading once that is painted, so the first paint waits for no storage code.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { useAfterFirstPaint } from '../../components/afterFirstPaint';
import { useOneAtATime } from '../../components/useOneAtATime';

const BilanList = lazy(() =>
  import('../../db/open')
    .then(({ afterOpening }) => afterOpening(() => import('./BilanList')))
    .then((m) => ({ default: m.BilanList })),
);

export function AssessmentListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const painted = useAfterFirstPaint();
  const loading = <p role="status">{t('app.loading')}</p>;

  const start = useOneAtATime(async () => {
    const { createAssessment } = await import('../../db/assessments');
    const id = await createAssessment(t('home.defaultName', { date: formatDate(Date.now(), i18n.language) }));
    await navigate(paths.bilan(id));
  });

  return (
    <div className="home">
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="intro">{t('home.intro')}</p>
      <p>
        <button type="button" className="button" disabled={start.busy} onClick={() => void start.run()}>
          {t('home.new')}
        </button>
      </p>
      {painted ? (
        <Suspense fallback={loading}>
          <BilanList />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
