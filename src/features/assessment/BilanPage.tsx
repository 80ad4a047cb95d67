// A bilan's own page: reads the bilan, its answers and its plan, keeps the bilan present in a live
// workshop's room while open, and gives them to BilanView.tsx, shaped by bilanOverview.ts.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAssessment, useCompetencyResponses, usePlanItems, usePostureValues } from '../../db/hooks';
import { useLiveRoom } from '../../db/useLiveRoom';
import { BilanNotFound } from '../../components/BilanNotFound';
import { useLiveRelay } from '../../components/liveRelay';
import { bilanOverview } from './bilanOverview';
import { BilanView } from './BilanView';

export function BilanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  const responses = useCompetencyResponses(id);
  const values = usePostureValues(id);
  const plan = usePlanItems(id);
  // A bilan from a live join link: present in the trainer's room while this page is open.
  useLiveRoom(useLiveRelay(), assessment?.workshop?.live?.room, 'participant');

  if (assessment === undefined || responses === undefined || values === undefined) {
    return <p role="status">{t(($) => $.app.loading)}</p>;
  }
  if (assessment === null) {
    return <BilanNotFound title={t(($) => $.questionnaire.title)} />;
  }
  return (
    <BilanView
      assessment={assessment}
      overview={bilanOverview(assessment, responses, values)}
      planCount={plan?.length ?? 0}
    />
  );
}
