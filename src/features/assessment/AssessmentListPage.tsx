// The home page: the way to start a bilan, then the person's bilans (BilanList.tsx). Its HTML is
// prerendered (title, purpose, the start button); the list fills in once the app has started.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { createAssessment } from '../../db/assessments';
import { BilanList } from './BilanList';
import { useOneAtATime } from '../../components/useOneAtATime';

export function AssessmentListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  const start = useOneAtATime(async () => {
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
      <BilanList />
    </div>
  );
}
