// The home page: the way to start a bilan, blank or from the previous one once there is one, then the
// person's bilans (BilanList.tsx). Its HTML is prerendered (title, purpose, the start button); the list
// and the offer to start from the previous bilan fill in once the app has started.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { createAssessment, createAssessmentFrom } from '../../db/assessments';
import { usePreviousBilan } from '../../db/hooks';
import { BilanList } from './BilanList';
import { useOneAtATime } from '../../components/useOneAtATime';

export function AssessmentListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  const previous = usePreviousBilan();
  const start = useOneAtATime(async (fromId?: string) => {
    const name = t(($) => $.home.defaultName, { date: formatDate(Date.now(), i18n.language) });
    const id = fromId ? await createAssessmentFrom(name, fromId) : await createAssessment(name);
    await navigate(paths.bilan(id));
  });

  return (
    <div className="home">
      <PageTitle>{t(($) => $.home.title)}</PageTitle>
      <p className="intro">{t(($) => $.home.intro)}</p>
      <p className="actions">
        {previous && (
          <button
            type="button"
            className="button"
            disabled={start.busy}
            onClick={() => void start.run(previous.id)}
            aria-describedby="restart-hint"
          >
            {t(($) => $.restart.fromPrevious, { date: formatDate(previous.createdAt, i18n.language) })}
          </button>
        )}
        <button
          type="button"
          className={previous ? 'button secondary' : 'button'}
          disabled={start.busy}
          onClick={() => void start.run()}
        >
          {t(($) => $.home.new)}
        </button>
      </p>
      {previous && (
        <p id="restart-hint" className="field-hint">
          {t(($) => $.restart.fromPreviousHint)}
        </p>
      )}
      <BilanList />
    </div>
  );
}
